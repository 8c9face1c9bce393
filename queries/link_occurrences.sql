-- link_occurrences: give each event of the articles in the registered relation
-- batch_article_ids (column article_id) the occurrence of another article's report of the same
-- real-world event (same type, dates within a day, shared participants or the same ceasefire
-- milestone), else its own event_id. Reports in the same batch join the smallest event_id among
-- them; then refreshes n_sources. Writes; run by ingest only, inside its transaction.
UPDATE events AS e
SET occurrence_id = least(e.event_id, coalesce(best.occurrence_id, e.event_id))
FROM (
    SELECT n.event_id, min(coalesce(o.occurrence_id, o.event_id)) AS occurrence_id
    FROM events n
    LEFT JOIN events o
        ON o.event_type = n.event_type
        AND o.article_id <> n.article_id
        AND (o.occurrence_id IS NOT NULL OR o.article_id IN (SELECT article_id FROM batch_article_ids))
        AND abs(date_diff('day', o.event_date, n.event_date)) <= 1
        AND (n.event_type <> 'ceasefire' OR (
            o.conflict IS NOT DISTINCT FROM n.conflict
            AND o.milestone = n.milestone
            AND o.phase IS NOT DISTINCT FROM n.phase))
        AND (n.event_type <> 'visit' OR o.location IS NOT DISTINCT FROM n.location)
        AND (n.event_type = 'ceasefire' OR (
            SELECT count(*)
            FROM event_participants np
            JOIN event_participants op ON op.actor_id = np.actor_id
            WHERE np.event_id = n.event_id AND op.event_id = o.event_id
        ) >= least(
            CASE n.event_type WHEN 'meeting' THEN 2 ELSE 1 END,
            (SELECT count(*) FROM event_participants x WHERE x.event_id = n.event_id),
            (SELECT count(*) FROM event_participants y WHERE y.event_id = o.event_id)
        ))
    WHERE n.article_id IN (SELECT article_id FROM batch_article_ids)
    GROUP BY n.event_id
) AS best
WHERE e.event_id = best.event_id;

-- n_sources of every occurrence this batch touched.
UPDATE events AS e
SET n_sources = s.n
FROM (
    SELECT occurrence_id, count(DISTINCT article_id) AS n
    FROM events
    WHERE occurrence_id IN (
        SELECT occurrence_id FROM events
        WHERE article_id IN (SELECT article_id FROM batch_article_ids))
    GROUP BY occurrence_id
) AS s
WHERE e.occurrence_id = s.occurrence_id;
