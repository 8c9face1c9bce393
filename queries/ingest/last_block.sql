-- last_block: the highest block number the stored data of table $table uses, or NULL when it
-- uses none. Returns last_block.
SELECT max(greatest(block_id, list_max(additional_block_ids))) AS last_block
FROM pragma_storage_info($table)
WHERE persistent;
