-- schema_version: the number of the last migration this database has (see queries/migrations/;
-- 0 for none). No parameters. Returns version.
SELECT coalesce(max(version), 0) AS version FROM schema_version;
