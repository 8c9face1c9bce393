-- link_occurrences: give each event of the articles in the registered relation
-- batch_article_ids (column article_id) the occurrence of another article's report of the same
-- real-world event (same type, dates within a day, shared participants or the same ceasefire
-- milestone), else its own event_id. An occurrence stored by an earlier batch wins; reports that
-- match only within this batch join the smallest event_id among them (which may itself join an
-- earlier one: link_occurrence_roots then shortens such chains). Writes; run by ingest only,
-- inside its transaction, followed by link_occurrence_roots and count_sources.
-- Candidates are found through the participants' own type/date copies, so the cost of a batch
-- does not grow with the size of the database.
UPDATE events AS e
SET occurrence_id = best.occurrence_id
FROM (
    WITH fresh AS (
        SELECT * FROM events WHERE article_id IN (SELECT article_id FROM batch_article_ids)
    ),
    fresh_people AS (
        SELECT p.event_id, p.actor_id, p.event_type, p.event_date, f.article_id
        FROM event_participants AS p JOIN fresh AS f USING (event_id)
    ),
    shared AS (  -- other articles' meetings and visits sharing people with a fresh event
        SELECT np.event_id AS fresh_id, op.event_id AS other_id, count(*) AS n_shared
        FROM fresh_people AS np
        JOIN event_participants AS op
            ON op.actor_id = np.actor_id
            AND op.event_type = np.event_type
            AND op.event_date BETWEEN np.event_date - 1 AND np.event_date + 1
            AND op.event_id <> np.event_id
        GROUP BY ALL
    ),
    sizes AS (
        SELECT event_id, count(*) AS n_people
        FROM event_participants
        WHERE event_id IN (SELECT fresh_id FROM shared UNION SELECT other_id FROM shared)
        GROUP BY event_id
    ),
    people_matches AS (
        SELECT s.fresh_id, coalesce(o.occurrence_id, o.event_id) AS occurrence_id,
               o.occurrence_id IS NOT NULL AS stored
        FROM shared AS s
        JOIN events AS n ON n.event_id = s.fresh_id
        JOIN events AS o ON o.event_id = s.other_id
        JOIN sizes AS sn ON sn.event_id = s.fresh_id
        JOIN sizes AS so ON so.event_id = s.other_id
        WHERE o.article_id <> n.article_id
            AND (o.occurrence_id IS NOT NULL OR o.article_id IN (SELECT article_id FROM batch_article_ids))
            AND (n.event_type <> 'visit' OR o.location IS NOT DISTINCT FROM n.location)
            AND s.n_shared >= least(CASE n.event_type WHEN 'meeting' THEN 2 ELSE 1 END,
                                    sn.n_people, so.n_people)
    ),
    ceasefire_matches AS (
        SELECT n.event_id AS fresh_id, coalesce(o.occurrence_id, o.event_id) AS occurrence_id,
               o.occurrence_id IS NOT NULL AS stored
        FROM fresh AS n
        JOIN events AS o
            ON o.event_type = 'ceasefire'
            AND n.event_type = 'ceasefire'
            AND o.article_id <> n.article_id
            AND o.event_date BETWEEN n.event_date - 1 AND n.event_date + 1
            AND o.conflict IS NOT DISTINCT FROM n.conflict
            AND o.milestone = n.milestone
            AND o.phase IS NOT DISTINCT FROM n.phase
        WHERE o.occurrence_id IS NOT NULL OR o.article_id IN (SELECT article_id FROM batch_article_ids)
    ),
    matches AS (
        SELECT * FROM people_matches UNION ALL SELECT * FROM ceasefire_matches
    )
    SELECT
        f.event_id,
        coalesce(
            min(m.occurrence_id) FILTER (WHERE m.stored),
            least(f.event_id, coalesce(min(m.occurrence_id), f.event_id))
        ) AS occurrence_id
    FROM fresh AS f LEFT JOIN matches AS m ON m.fresh_id = f.event_id
    GROUP BY f.event_id
) AS best
WHERE e.event_id = best.event_id;
