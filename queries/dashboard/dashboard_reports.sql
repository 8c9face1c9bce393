-- dashboard_reports: every article that reports the same real-world event as $event_id, the
-- first report first. Returns event_id (of the report in that article), article_id, title,
-- source, url, source_path, published_date, evidence. Parameter: $event_id VARCHAR.
-- The reports are found before the articles are joined: the other way round reads every article.
WITH occurrence AS (
    SELECT coalesce(occurrence_id, event_id) AS root FROM events WHERE event_id = $event_id
),
reports AS MATERIALIZED (
    SELECT event_id, article_id, evidence FROM events WHERE occurrence_id = (SELECT root FROM occurrence)
    UNION
    SELECT event_id, article_id, evidence FROM events WHERE event_id = $event_id
)
SELECT r.event_id, a.article_id, a.title, a.source, a.url, a.source_path, a.published_date, r.evidence
FROM reports AS r JOIN articles AS a USING (article_id)
ORDER BY r.event_id <> $event_id, a.published_date NULLS LAST, r.event_id;
