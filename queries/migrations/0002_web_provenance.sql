-- 0002: web inputs. Articles keep the feed that listed them and when they were fetched; the
-- feeds and web_pages tables (feed validators, page outcomes) come from schema.sql, which runs
-- after the migrations. IF NOT EXISTS: databases of the release that first had these columns
-- wrote them before schema versions existed. Writes; run by ingest only, in its transaction.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS feed_url VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS fetched_at TIMESTAMP;
