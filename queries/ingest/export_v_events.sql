-- export_v_events: v_events for ingest.export; events dated on or after $since (all when NULL).
SELECT * FROM v_events
WHERE $since::DATE IS NULL OR event_date >= $since::DATE
ORDER BY event_date, event_id;
