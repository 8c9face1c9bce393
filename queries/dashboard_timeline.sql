-- dashboard_timeline: filtered events on the lanes of the $lanes busiest actors, counted per
-- date bucket, type and status. Returns actor, bucket (DATE), event_type, status, n_events,
-- evidence (one example sentence) and lane_events (the lane's total, for ordering).
-- Extra parameters: $bucket VARCHAR ('day' | 'week' | 'month'), $lanes INTEGER,
-- $exclude VARCHAR[] (names never given a lane, e.g. the ego of an ego network).
-- Filter parameters (all required; an empty list means "no filter"):
--   $types, $statuses  VARCHAR[]  event types / statuses to keep
--   $date_from, $date_to DATE     inclusive bounds, NULL for open (NULL keeps undated events)
--   $actors, $focus    VARCHAR[]  canonical names; keep events with any of $actors and any of $focus
--   $search            VARCHAR[]  [] or [text]: keep events whose evidence contains the lower-case text
--   $min_sources       INTEGER[]  [] or [n]: keep events reported by at least n articles
-- Optional filters are lists so that DuckDB drops the unused ones when it plans the query.
-- The filter block below is identical in every dashboard query that takes the filters
-- (tests/test_dashboard.py checks it). One row per real-world event: its first report.
WITH picked AS (
    SELECT e.*
    FROM events AS e
    WHERE e.event_id = coalesce(e.occurrence_id, e.event_id)
        AND (len($types) = 0 OR list_contains($types, e.event_type))
        AND (len($statuses) = 0 OR list_contains($statuses, e.status))
        AND ($date_from IS NULL OR e.event_date >= $date_from)
        AND ($date_to IS NULL OR e.event_date <= $date_to)
        AND (len($actors) = 0 OR e.event_id IN (
            SELECT p.event_id
            FROM event_participants AS p JOIN actors AS a USING (actor_id)
            WHERE list_contains($actors, a.canonical_name)))
        AND (len($focus) = 0 OR e.event_id IN (
            SELECT p.event_id
            FROM event_participants AS p JOIN actors AS a USING (actor_id)
            WHERE list_contains($focus, a.canonical_name)))
        AND (len($search) = 0 OR e.event_id IN (
            SELECT coalesce(r.occurrence_id, r.event_id)
            FROM events AS r
            WHERE contains(lower(r.evidence), $search[1])))
        AND (len($min_sources) = 0 OR e.event_id IN (
            SELECT coalesce(r.occurrence_id, r.event_id)
            FROM events AS r
            GROUP BY 1
            HAVING count(DISTINCT r.article_id) >= $min_sources[1]))
)
, lanes AS (
    SELECT p.actor_id, count(*) AS lane_events
    FROM picked AS e JOIN event_participants AS p USING (event_id)
    WHERE e.event_date IS NOT NULL
        AND p.actor_id NOT IN (SELECT actor_id FROM actors WHERE list_contains($exclude, canonical_name))
    GROUP BY p.actor_id
    ORDER BY lane_events DESC, p.actor_id
    LIMIT $lanes
)
SELECT
    a.canonical_name AS actor,
    date_trunc($bucket, e.event_date)::DATE AS bucket,
    e.event_type,
    e.status,
    count(*) AS n_events,
    any_value(e.evidence) AS evidence,
    l.lane_events
FROM picked AS e
JOIN event_participants AS p USING (event_id)
JOIN lanes AS l USING (actor_id)
JOIN actors AS a USING (actor_id)
WHERE e.event_date IS NOT NULL
GROUP BY ALL
ORDER BY l.lane_events DESC, actor, bucket;
