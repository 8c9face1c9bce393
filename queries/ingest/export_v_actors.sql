-- export_v_actors: v_actors for ingest.export; with $since, only the actors taking part in an
-- event dated on or after it (n_events still counts all their events).
SELECT * FROM v_actors
WHERE $since::DATE IS NULL
   OR actor_id IN (SELECT actor_id FROM event_participants WHERE event_date >= $since::DATE)
ORDER BY canonical_name, actor_id;
