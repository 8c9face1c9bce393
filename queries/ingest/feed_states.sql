-- feed_states: the stored state of the feeds in $feed_urls (a list): validators for a
-- conditional GET and the time before which the server asked not to be polled.
SELECT feed_url, etag, last_modified, retry_at
FROM feeds
WHERE list_contains($feed_urls::VARCHAR[], feed_url);
