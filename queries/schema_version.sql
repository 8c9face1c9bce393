-- schema_version: the number of the last migration this database has (see queries/migrations/).
-- No parameters. Returns version.
SELECT max(version) AS version FROM schema_version;
