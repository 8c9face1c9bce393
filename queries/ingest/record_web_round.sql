-- record_web_round: store what one poll saw, from the registered frames incoming_pages and
-- incoming_feeds (columns as in web_pages and feeds); a row replaces the earlier one for its URL,
-- except that a feed keeps its validators, title and last entry when a poll brought no new ones.
INSERT OR REPLACE INTO web_pages BY NAME
SELECT url, feed_url, final_url, redirects::VARCHAR[] AS redirects, article_id, outcome, reason,
       http_status::INTEGER AS http_status, attempts::INTEGER AS attempts,
       fetched_at::TIMESTAMP AS fetched_at, retry_at::TIMESTAMP AS retry_at
FROM incoming_pages;

INSERT INTO feeds (feed_url, final_url, title, etag, last_modified, polled_at, status, reason,
                   last_entry_url, retry_at)
SELECT feed_url, final_url, title, etag, last_modified, polled_at::TIMESTAMP, status, reason,
       last_entry_url, retry_at::TIMESTAMP
FROM incoming_feeds
ON CONFLICT (feed_url) DO UPDATE SET
    final_url = excluded.final_url,
    title = coalesce(excluded.title, feeds.title),
    etag = CASE WHEN excluded.status = 'ok' THEN excluded.etag ELSE feeds.etag END,
    last_modified = CASE WHEN excluded.status = 'ok' THEN excluded.last_modified ELSE feeds.last_modified END,
    polled_at = excluded.polled_at,
    status = excluded.status,
    reason = excluded.reason,
    last_entry_url = coalesce(excluded.last_entry_url, feeds.last_entry_url),
    retry_at = excluded.retry_at;
