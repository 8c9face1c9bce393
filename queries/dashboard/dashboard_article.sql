-- dashboard_article: the source article of one event, with where its evidence sits.
-- Returns event_id, article_id, title, source, url, source_path, published_date, text,
-- evidence_start, evidence_end. Parameter: $event_id VARCHAR.
SELECT
    e.event_id,
    a.article_id,
    a.title,
    a.source,
    a.url,
    a.source_path,
    a.published_date,
    a.text,
    e.evidence_start,
    e.evidence_end
FROM events AS e JOIN articles AS a USING (article_id)
WHERE e.event_id = $event_id;
