-- dashboard_network_edges: who met whom among the given actors, one row per pair.
-- Returns source, target (actor ids, source < target), n_meetings, first_date, last_date and
-- recent_dates (the five latest dates, newest first).
-- Extra parameter: $node_ids VARCHAR[] (usually dashboard_network_nodes' actor_id column).
-- Filter parameters: see dashboard_filter.sql ($types, $statuses, $date_from, $date_to, $actors,
-- $focus, $search, $min_sources).
-- @include dashboard_filter
, nodes AS (
    SELECT event_id, actor_id, event_date
    FROM picked_participants
    WHERE event_type IN ('meeting', 'visit') AND list_contains($node_ids, actor_id)
)
SELECT
    x.actor_id AS source,
    y.actor_id AS target,
    count(*) AS n_meetings,
    min(x.event_date) AS first_date,
    max(x.event_date) AS last_date,
    list(x.event_date ORDER BY x.event_date DESC)[1:5] AS recent_dates
FROM nodes AS x JOIN nodes AS y ON x.event_id = y.event_id AND x.actor_id < y.actor_id
GROUP BY x.actor_id, y.actor_id
ORDER BY n_meetings DESC;
