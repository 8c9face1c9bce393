-- export_v_occurrences: v_occurrences for ingest.export; occurrences dated on or after $since
-- (all when NULL).
SELECT * FROM v_occurrences
WHERE $since::DATE IS NULL OR event_date >= $since::DATE
ORDER BY event_date, occurrence_id;
