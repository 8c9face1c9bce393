-- dashboard_network_edges: who met whom among the given actors, one row per pair.
-- Returns source, target (actor keys, source < target), n_meetings (their filtered meetings and
-- visits, whatever the status), n_met (occurred), n_calls (occurred by phone or video), n_planned,
-- n_cancelled, n_undated, n_reports (articles reporting them, summed over the events),
-- first_date, last_date and recent (the five latest, newest first, undated last, each
-- {date, precision, status}).
-- Extra parameter: $node_keys INTEGER[] (usually dashboard_network_nodes' actor_key column).
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
SELECT
    source,
    target,
    count(*) AS n_meetings,
    count(*) FILTER (WHERE status = 'occurred') AS n_met,
    count(*) FILTER (WHERE status = 'occurred' AND mode = 'call') AS n_calls,
    count(*) FILTER (WHERE status = 'planned') AS n_planned,
    count(*) FILTER (WHERE status = 'cancelled') AS n_cancelled,
    count(*) FILTER (WHERE event_date IS NULL) AS n_undated,
    sum(n_sources)::BIGINT AS n_reports,
    min(event_date) AS first_date,
    max(event_date) AS last_date,
    list({'date': event_date, 'precision': date_precision, 'status': status}
         ORDER BY event_date DESC NULLS LAST, ev DESC)[1:5] AS recent
FROM picked_pairs
WHERE list_contains($node_keys, source) AND list_contains($node_keys, target)
GROUP BY source, target
ORDER BY n_meetings DESC, source, target;
