-- store_version: the write count and the one the dashboard's read model shows. No parameters.
SELECT version, dashboard_version FROM store_version;
