-- dashboard_network_nodes: the $top_n actors with most filtered meetings and visits.
-- Returns actor_key, actor, kind, role, country, n_meetings, first_date, last_date and
-- n_actors (how many actors the whole filtered network has).
-- Extra parameter: $top_n INTEGER.
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
, counts AS (
    SELECT actor_key, count(*) AS n_meetings, min(event_date) AS first_date, max(event_date) AS last_date
    FROM picked_participants
    WHERE event_type IN ('meeting', 'visit')
    GROUP BY actor_key
)
SELECT
    c.actor_key,
    a.actor,
    a.kind,
    a.role,
    a.country,
    c.n_meetings,
    c.first_date,
    c.last_date,
    count(*) OVER () AS n_actors
FROM counts AS c JOIN dash_actors AS a USING (actor_key)
ORDER BY c.n_meetings DESC, a.actor
LIMIT $top_n;
