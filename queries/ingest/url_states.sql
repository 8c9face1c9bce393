-- url_states: which of $urls (a list of page URLs) ingest has met before, and how.
-- Returns url, outcome ('article' when an article came from it, or web_pages' 'failed' / 'retry'),
-- retry_at, attempts. URLs never met are absent.
WITH asked AS (SELECT DISTINCT unnest($urls::VARCHAR[]) AS url),
stored AS (
    SELECT url FROM articles WHERE url IN (SELECT url FROM asked)
    UNION
    SELECT source_path FROM articles WHERE source_path IN (SELECT url FROM asked)
)
SELECT
    asked.url,
    CASE WHEN stored.url IS NOT NULL THEN 'article' ELSE pages.outcome END AS outcome,
    pages.retry_at,
    coalesce(pages.attempts, 0) AS attempts
FROM asked
LEFT JOIN stored USING (url)
LEFT JOIN web_pages AS pages USING (url)
WHERE stored.url IS NOT NULL OR pages.url IS NOT NULL;
