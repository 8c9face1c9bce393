-- prune_actors: drop actors (and aliases) that no mention or event refers to any more,
-- e.g. after --reextract or a curation change. Writes; run by ingest only.
DELETE FROM actors
WHERE actor_id NOT IN (SELECT actor_id FROM mentions)
  AND actor_id NOT IN (SELECT actor_id FROM event_participants);
DELETE FROM actor_aliases WHERE actor_id NOT IN (SELECT actor_id FROM actors);
