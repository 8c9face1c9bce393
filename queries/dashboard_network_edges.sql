-- dashboard_network_edges: who met whom among the given actors, one row per pair.
-- Returns source, target (actor keys, source < target), n_meetings, first_date, last_date and
-- recent_dates (the five latest dates, newest first).
-- Extra parameter: $node_keys INTEGER[] (usually dashboard_network_nodes' actor_key column).
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
SELECT
    source,
    target,
    count(*) AS n_meetings,
    min(event_date) AS first_date,
    max(event_date) AS last_date,
    list(event_date ORDER BY event_date DESC)[1:5] AS recent_dates
FROM picked_pairs
WHERE list_contains($node_keys, source) AND list_contains($node_keys, target)
GROUP BY source, target
ORDER BY n_meetings DESC;
