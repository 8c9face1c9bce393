-- dashboard_timeline: filtered events on the lanes of the $lanes busiest actors, counted per
-- date bucket, type and status. Returns actor, bucket (DATE), event_type, status, n_events,
-- evidence (one example sentence) and lane_events (the lane's total, for ordering).
-- Extra parameters: $bucket VARCHAR ('day' | 'week' | 'month'), $lanes INTEGER,
-- $exclude VARCHAR[] (actor ids never given a lane, e.g. the ego of an ego network).
-- Filter parameters: see dashboard_filter.sql ($types, $statuses, $date_from, $date_to, $actors,
-- $focus, $search, $min_sources).
-- @include dashboard_filter
, dated AS (
    SELECT *
    FROM picked_participants
    WHERE event_date IS NOT NULL AND actor_id NOT IN (SELECT unnest($exclude))  -- as in dashboard_ego
),
lanes AS (
    SELECT actor_id, count(*) AS lane_events
    FROM dated
    GROUP BY actor_id
    ORDER BY lane_events DESC, actor_id
    LIMIT $lanes
),
cells AS (
    SELECT
        d.actor_id,
        date_trunc($bucket, d.event_date)::DATE AS bucket,
        d.event_type,
        d.status,
        count(*) AS n_events,
        min(d.event_id) AS example
    FROM dated AS d SEMI JOIN lanes USING (actor_id)
    GROUP BY ALL
)
SELECT
    a.canonical_name AS actor,
    c.bucket,
    c.event_type,
    c.status,
    c.n_events,
    e.evidence,
    l.lane_events
FROM cells AS c
JOIN lanes AS l USING (actor_id)
JOIN actors AS a USING (actor_id)
JOIN narrowed_events AS e ON e.event_id = c.example
ORDER BY l.lane_events DESC, actor, c.bucket;
