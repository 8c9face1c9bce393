-- dashboard_timeline: filtered events on the lanes of the $lanes busiest actors, counted per
-- date bucket, precision, type and status. Returns actor, bucket (DATE), date_precision (in day
-- buckets that of the events: day, article, week, month or year; in week and month buckets,
-- which hold a million events' worth of cells, always day), event_type, status,
-- n_events, evidence (one example sentence) and lane_events (the lane's total, for ordering).
-- Undated events have no place on a time axis and are left out (dashboard_summary counts them).
-- Extra parameters: $bucket VARCHAR ('day' | 'week' | 'month'), $lanes INTEGER,
-- $exclude INTEGER[] (actor keys never given a lane, e.g. the ego of an ego network).
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
, dated AS (
    SELECT *
    FROM picked_participants
    WHERE event_date IS NOT NULL AND NOT list_contains($exclude, actor_key)
),
lanes AS (
    SELECT actor_key, count(*) AS lane_events
    FROM dated
    GROUP BY actor_key
    ORDER BY lane_events DESC, actor_key
    LIMIT $lanes
),
cells AS (
    SELECT
        d.actor_key,
        date_trunc($bucket, d.event_date)::DATE AS bucket,
        -- in day buckets, events known only to a week, month or year (drawn as spans) and those
        -- dated by their article are cells of their own; coarser buckets keep one cell per bucket
        CASE WHEN $bucket = 'day' THEN coalesce(d.date_precision, 'day') ELSE 'day' END AS date_precision,
        d.event_type,
        d.status,
        count(*) AS n_events,
        min(d.ev) AS example
    FROM dated AS d SEMI JOIN lanes USING (actor_key)
    GROUP BY ALL
)
SELECT
    a.actor,
    c.bucket,
    c.date_precision,
    c.event_type,
    c.status,
    c.n_events,
    e.evidence,
    l.lane_events
FROM cells AS c
JOIN lanes AS l USING (actor_key)
JOIN dash_actors AS a USING (actor_key)
JOIN dash_events AS e ON e.ev = c.example
ORDER BY l.lane_events DESC, a.actor, c.bucket;
