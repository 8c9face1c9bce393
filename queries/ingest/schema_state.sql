-- schema_state: what the database holds before ingest brings it to the current schema. No
-- parameters. Returns n_tables (0: a new file), has_articles (ingest's tables are there) and
-- has_schema_version (0: written before schema versions existed).
SELECT
    count(*) AS n_tables,
    count(*) FILTER (WHERE table_name = 'articles') > 0 AS has_articles,
    count(*) FILTER (WHERE table_name = 'schema_version') > 0 AS has_schema_version
FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main';
