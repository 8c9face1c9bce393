-- count_sources: after link_occurrences, the n_sources of every occurrence this batch touched
-- and the first_report flag of its participants. Writes; run by ingest only, inside its
-- transaction.
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

-- participants of this batch's events: whether their event is the first report.
UPDATE event_participants AS p
SET first_report = (e.event_id = e.occurrence_id)
FROM events AS e
WHERE p.event_id = e.event_id
    AND e.article_id IN (SELECT article_id FROM batch_article_ids);
