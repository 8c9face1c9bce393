-- merge_short_names: a person stored under a bare surname ("Netanyahu", from an article that
-- never gave the full name) joins the one stored person whose full name ends with it. Persons
-- sharing a surname with two or more full names are left apart. Writes; run by ingest only.
CREATE OR REPLACE TEMP TABLE short_name_merges AS
SELECT sh.actor_id AS from_id, any_value(f.actor_id) AS to_id
FROM actors sh
JOIN actors f
    ON f.kind = 'person'
    AND f.actor_id <> sh.actor_id
    AND lower(f.canonical_name) LIKE '% ' || lower(sh.canonical_name)
WHERE sh.kind = 'person' AND NOT contains(sh.canonical_name, ' ')
GROUP BY sh.actor_id
HAVING count(DISTINCT f.actor_id) = 1;

INSERT INTO actor_aliases (alias, actor_id)
SELECT a.alias, m.to_id FROM actor_aliases a JOIN short_name_merges m ON a.actor_id = m.from_id
ON CONFLICT DO NOTHING;
UPDATE event_participants SET actor_id = m.to_id FROM short_name_merges m WHERE actor_id = m.from_id;
UPDATE mentions SET actor_id = m.to_id FROM short_name_merges m WHERE actor_id = m.from_id;
UPDATE actors SET
    role = coalesce(actors.role, (SELECT any_value(s.role) FROM actors s JOIN short_name_merges m
                                  ON s.actor_id = m.from_id WHERE m.to_id = actors.actor_id)),
    country = coalesce(actors.country, (SELECT any_value(s.country) FROM actors s JOIN short_name_merges m
                                        ON s.actor_id = m.from_id WHERE m.to_id = actors.actor_id))
WHERE actor_id IN (SELECT to_id FROM short_name_merges);
DELETE FROM actor_aliases WHERE actor_id IN (SELECT from_id FROM short_name_merges);
DELETE FROM actors WHERE actor_id IN (SELECT from_id FROM short_name_merges);
