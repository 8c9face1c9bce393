-- articles_in_ingest_order: every article id, oldest ingest first. Returns article_id.
SELECT article_id FROM articles ORDER BY ingested_at, article_id;
