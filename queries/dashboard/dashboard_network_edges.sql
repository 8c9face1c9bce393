-- dashboard_network_edges: who met whom among the given actors, one row per pair.
-- Returns source, target (actor keys, source < target), n_meetings (their filtered meetings and
-- visits, whatever the status), n_met (occurred), n_calls (occurred by phone or video), n_planned,
-- n_cancelled, n_undated, n_reports (articles reporting them, summed over the events),
-- first_date, last_date and recent: for the 600 pairs with most meetings, the five latest
-- (newest first, undated last, each {date, precision, status}); NULL for the rest, which only
-- fill the counts (the page draws and lists fewer).
-- Extra parameter: $node_keys INTEGER[] (usually dashboard_network_nodes' actor_key column).
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
, pairs AS (
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
        -- ev follows date order, undated last: the latest five are the highest keys among the
        -- dated, then the undated. Keys only: their details are looked up for few pairs below.
        max_by(ev, CASE WHEN event_date IS NULL THEN -ev ELSE ev END, 5) AS recent_keys
    FROM picked_pairs
    WHERE list_contains($node_keys, source) AND list_contains($node_keys, target)
    GROUP BY source, target
),
recent_events AS (
    SELECT source, target, unnest(recent_keys) AS ev
    FROM pairs
    ORDER BY n_meetings DESC, source, target
    LIMIT 3000
),
recent AS (
    SELECT
        r.source,
        r.target,
        list({'date': e.event_date, 'precision': e.date_precision, 'status': e.status}
             ORDER BY e.event_date DESC NULLS LAST, e.ev DESC) AS recent
    FROM recent_events AS r JOIN dash_events AS e USING (ev)
    GROUP BY r.source, r.target
)
SELECT p.* EXCLUDE (recent_keys), r.recent
FROM pairs AS p LEFT JOIN recent AS r USING (source, target)
ORDER BY p.n_meetings DESC, p.source, p.target;
