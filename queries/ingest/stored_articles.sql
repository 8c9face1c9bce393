-- stored_articles: articles in id order after $after_id, $limit at a time, for --reextract.
SELECT article_id, text, source_path, published_date, title, url, source, feed_url, fetched_at
FROM articles
WHERE article_id > $after_id
ORDER BY article_id
LIMIT $limit;
