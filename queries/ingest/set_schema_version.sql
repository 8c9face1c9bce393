-- set_schema_version: record that the database has the schema of migration $version. Writes;
-- run by ingest only, inside the transaction that applied the migrations and schema.sql.
UPDATE schema_version SET version = $version;
