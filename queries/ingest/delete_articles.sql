-- delete_articles: remove the articles listed in the registered relation batch_article_ids
-- (one column, article_id) and everything extracted from them, so a write can replace them
-- whole. Writes; run by ingest only, inside its transaction.
DELETE FROM event_participants
WHERE event_id IN (
    SELECT event_id FROM events WHERE article_id IN (SELECT article_id FROM batch_article_ids)
);
DELETE FROM events WHERE article_id IN (SELECT article_id FROM batch_article_ids);
DELETE FROM mentions WHERE article_id IN (SELECT article_id FROM batch_article_ids);
DELETE FROM articles WHERE article_id IN (SELECT article_id FROM batch_article_ids);
