-- bump_version: mark the database as written since the dashboard's read model was built.
-- Writes; run by ingest inside each of its write transactions.
UPDATE store_version SET version = version + 1;
