-- stored_tables: the database's tables and its block size, for the check that every block its
-- tables use is in the file (see last_block.sql). No parameters. Returns table_name, block_size.
SELECT t.table_name, s.block_size
FROM duckdb_tables() AS t
JOIN pragma_database_size() AS s ON s.database_name = t.database_name
WHERE t.database_name = current_database() AND t.schema_name = 'main' AND NOT t.temporary;
