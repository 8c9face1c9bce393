-- dashboard_reports: every article that reports the same real-world event as $event_id, the
-- first report first. Returns event_id (of the report in that article), article_id, title,
-- source, url, source_path, published_date, evidence. Parameter: $event_id VARCHAR.
SELECT r.event_id, a.article_id, a.title, a.source, a.url, a.source_path, a.published_date, r.evidence
FROM events AS r JOIN articles AS a USING (article_id)
WHERE r.event_id = $event_id
    OR r.occurrence_id = (SELECT coalesce(occurrence_id, event_id) FROM events WHERE event_id = $event_id)
ORDER BY r.event_id <> $event_id, a.published_date NULLS LAST, r.event_id;
