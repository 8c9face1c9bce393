-- pages_to_retry: pages of the feeds in $feed_urls that failed for a passing reason (429, 503,
-- timeout, ...) and may be fetched again at $now. Returns url, feed_url, attempts.
SELECT url, feed_url, attempts
FROM web_pages
WHERE outcome = 'retry'
  AND coalesce(retry_at, TIMESTAMP '1970-01-01') <= $now
  AND list_contains($feed_urls::VARCHAR[], feed_url)
ORDER BY url;
