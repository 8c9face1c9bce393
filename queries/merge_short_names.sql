-- merge_short_names: a person stored under a bare surname ("Netanyahu", from an article that
-- never gave the full name), or a one-word "organisation" that is such a surname (the model
-- tags "Kushner" as ORG in headlines), joins the one stored person whose full name ends with
-- it. Names shared by two or more full names are left apart. Writes; run by ingest only.
CREATE OR REPLACE TEMP TABLE short_name_merges AS
SELECT sh.actor_id AS from_id, any_value(f.actor_id) AS to_id
FROM actors sh
JOIN actors f
    ON f.kind = 'person'
    AND f.actor_id <> sh.actor_id
    AND (
        -- a bare surname: "Netanyahu" -> "Benjamin Netanyahu", "Sisi" -> "Abdel Fattah al-Sisi"
        (NOT contains(sh.canonical_name, ' ')
         AND (lower(f.canonical_name) LIKE '% ' || lower(sh.canonical_name)
              OR lower(f.canonical_name) LIKE '%-' || lower(sh.canonical_name)))
        -- a full name the model tagged as an organisation in some article
        OR (sh.kind = 'org' AND lower(f.canonical_name) = lower(sh.canonical_name)))
WHERE sh.kind IN ('person', 'org')
    AND length(sh.canonical_name) > 3
    AND sh.canonical_name <> upper(sh.canonical_name)
GROUP BY sh.actor_id
HAVING count(DISTINCT f.actor_id) = 1;

INSERT INTO actor_aliases (alias, actor_id)
SELECT a.alias, m.to_id FROM actor_aliases a JOIN short_name_merges m ON a.actor_id = m.from_id
ON CONFLICT DO NOTHING;
DELETE FROM event_participants AS p USING short_name_merges AS m
WHERE p.actor_id = m.from_id
  AND EXISTS (SELECT 1 FROM event_participants q WHERE q.event_id = p.event_id AND q.actor_id = m.to_id);
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
