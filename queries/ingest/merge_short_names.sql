-- merge_short_names: one person, one actor. A person stored under a bare surname or given
-- name ("Netanyahu", "Anwar": from an article that never gave the full name), an "organisation"
-- that is such a name (the model tags "Kushner" as ORG in headlines), or a romanisation
-- variant ("Yury"/"Yuri Ushakov") joins the one stored person it abbreviates. A short name that
-- fits two or more full names is left apart, and two different full names never join. Run at
-- the end of each ingest run, over everything stored. Writes; run by ingest only.
CREATE OR REPLACE TEMP TABLE short_name_merges AS
WITH short_names AS (
    SELECT actor_id, kind, canonical_name FROM actors
    WHERE kind IN ('person', 'org')
        AND length(canonical_name) > 3
        AND canonical_name <> upper(canonical_name)
)
, given_names AS (
    -- a given name used alone for a person: "Anwar" for "Anwar Ibrahim"; checked against the
    -- articles below, apart from the other cases, so the text search runs on these pairs only
    SELECT sh.actor_id AS from_id, f.actor_id AS to_id, f.country
    FROM short_names sh
    JOIN actors f
        ON f.kind = 'person'
        AND f.actor_id <> sh.actor_id
        AND sh.kind = 'person'
        AND NOT contains(sh.canonical_name, ' ')
        AND lower(f.canonical_name) LIKE lower(sh.canonical_name) || ' %'
)
, candidates AS (
    SELECT sh.actor_id AS from_id, f.actor_id AS to_id
    FROM short_names sh
    JOIN actors f
        ON f.kind = 'person'
        AND f.actor_id <> sh.actor_id
        AND (
            -- the tail of a full name: "Netanyahu", "Kayikwamba Wagner", "Sisi" (of "al-Sisi");
            -- not the father's name after "bin": "Mohamed bin Zayed Al Nahyan" is not "Hamdan bin
            -- Mohamed bin Zayed Al Nahyan", his son
            (lower(f.canonical_name) LIKE '% ' || lower(sh.canonical_name)
             AND lower(f.canonical_name) NOT LIKE '% bin ' || lower(sh.canonical_name)
             AND lower(f.canonical_name) NOT LIKE '% bint ' || lower(sh.canonical_name)
             AND lower(f.canonical_name) NOT LIKE '% ibn ' || lower(sh.canonical_name))
            OR (NOT contains(sh.canonical_name, ' ')
                AND lower(f.canonical_name) LIKE '%-' || lower(sh.canonical_name))
            -- a full name the model tagged as an organisation in some article
            OR (sh.kind = 'org' AND lower(f.canonical_name) = lower(sh.canonical_name)))
    UNION ALL
    -- the given name, when an article that says "Anwar" names the full name's country or
    -- nationality ("Mohamed" in a story on the Emirates is not Mauritania's Mohamed Ould Ghazouani);
    -- a full name of no known country counts against a merge but is never merged into (below)
    SELECT g.from_id, g.to_id
    FROM given_names g
    WHERE g.country IS NULL OR EXISTS (
        SELECT 1 FROM mentions m JOIN articles a ON a.article_id = m.article_id
        WHERE m.actor_id = g.from_id
          -- the country or its nationality ("Saudi", "Mauritanian"): its first five letters,
          -- unless its first word is one many countries share ("United")
          AND (contains(lower(a.text), lower(g.country))
               OR (length(split_part(g.country, ' ', 1)) >= 5
                   AND split_part(g.country, ' ', 1) NOT IN
                       ('United', 'South', 'North', 'Central', 'Democratic', 'Republic', 'Saint')
                   AND contains(lower(a.text), lower(left(g.country, 5))))))
    UNION ALL
    -- romanisation variants of one name: "Yuri Ushakov" / "Yury Ushakov", "Sergei" / "Sergey",
    -- "Erdoğan" / "Erdogan" (the same letters once y is i, doubled i one, accents dropped and x
    -- is ks); the later id joins the earlier. Names that differ otherwise ("Maria" / "Mario
    -- Rodriguez") are different people, however alike.
    SELECT b.actor_id, a.actor_id
    FROM actors a
    JOIN actors b
        ON a.kind = 'person' AND b.kind = 'person'
        AND a.actor_id < b.actor_id
        AND contains(a.canonical_name, ' ')
        AND replace(replace(replace(strip_accents(lower(a.canonical_name)), 'y', 'i'), 'ii', 'i'), 'x', 'ks')
          = replace(replace(replace(strip_accents(lower(b.canonical_name)), 'y', 'i'), 'ii', 'i'), 'x', 'ks')
)
, unambiguous AS (
    SELECT from_id, any_value(to_id) AS to_id
    FROM candidates
    GROUP BY from_id
    HAVING count(DISTINCT to_id) = 1
)
-- no chains within one round: a target that is itself merged away waits for the next round;
-- a given name joins no full name of unknown country: nothing tells they are one ("William" in a
-- royal story is not the one other William stored, a reporter in a byline)
SELECT u.from_id, u.to_id FROM unambiguous u
WHERE u.to_id NOT IN (SELECT from_id FROM unambiguous)
  AND NOT EXISTS (
      SELECT 1 FROM given_names g WHERE g.from_id = u.from_id AND g.to_id = u.to_id AND g.country IS NULL);

INSERT INTO actor_aliases (alias, actor_id)
SELECT a.alias, m.to_id FROM actor_aliases a JOIN short_name_merges m ON a.actor_id = m.from_id
ON CONFLICT DO NOTHING;
DELETE FROM event_participants AS p USING short_name_merges AS m
WHERE p.actor_id = m.from_id
  AND EXISTS (SELECT 1 FROM event_participants q WHERE q.event_id = p.event_id AND q.actor_id = m.to_id);
UPDATE event_participants SET actor_id = m.to_id FROM short_name_merges m WHERE actor_id = m.from_id;
UPDATE mentions SET actor_id = m.to_id FROM short_name_merges m WHERE actor_id = m.from_id;
UPDATE actors SET
    role = coalesce(actors.role, (SELECT any_value(s.role ORDER BY s.actor_id) FROM actors s JOIN short_name_merges m
                                  ON s.actor_id = m.from_id WHERE m.to_id = actors.actor_id)),
    country = coalesce(actors.country, (SELECT any_value(s.country ORDER BY s.actor_id) FROM actors s JOIN short_name_merges m
                                        ON s.actor_id = m.from_id WHERE m.to_id = actors.actor_id))
WHERE actor_id IN (SELECT to_id FROM short_name_merges);
DELETE FROM actor_aliases WHERE actor_id IN (SELECT from_id FROM short_name_merges);
DELETE FROM actors WHERE actor_id IN (SELECT from_id FROM short_name_merges);
