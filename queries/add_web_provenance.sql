-- add_web_provenance: bring an articles table written before web inputs up to schema.sql.
-- Idempotent; run after schema.sql whenever the store opens a database.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS feed_url VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS fetched_at TIMESTAMP;
