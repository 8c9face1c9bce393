-- dashboard_timeline: filtered events on the lanes of the $lanes busiest actors, counted per
-- date bucket, type and status. Returns actor, bucket (DATE), event_type, status, n_events,
-- evidence (one example sentence) and lane_events (the lane's total, for ordering).
-- Extra parameters: $bucket VARCHAR ('day' | 'week' | 'month'), $lanes INTEGER,
-- $exclude VARCHAR[] (names never given a lane, e.g. the ego of an ego network).
-- Filter parameters (all required; an empty list means "no filter"):
--   $types, $statuses  VARCHAR[]  event types / statuses to keep
--   $date_from, $date_to DATE     inclusive bounds, NULL for open (NULL keeps undated events)
--   $actors, $focus    VARCHAR[]  canonical names; keep events with any of $actors and any of $focus
--   $words             VARCHAR[]  lower-case words that must all appear in one report's evidence
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
        AND (len($words) = 0 OR e.event_id IN (
            SELECT coalesce(r.occurrence_id, r.event_id)
            FROM events AS r
            WHERE list_bool_and(list_transform($words, lambda w: contains(lower(r.evidence), w)))))
        AND (len($min_sources) = 0 OR e.event_id IN (
            SELECT coalesce(r.occurrence_id, r.event_id)
            FROM events AS r
            GROUP BY 1
            HAVING count(DISTINCT r.article_id) >= $min_sources[1]))
)
, roles AS MATERIALIZED (
    SELECT e.event_id, e.event_date, e.event_type, e.status, e.evidence, p.actor_id
    FROM picked AS e JOIN event_participants AS p USING (event_id)
    WHERE e.event_date IS NOT NULL
),
lanes AS (
    SELECT r.actor_id, a.canonical_name AS actor, count(*) AS n
    FROM roles AS r JOIN actors AS a USING (actor_id)
    WHERE NOT list_contains($exclude, a.canonical_name)
    GROUP BY ALL
    ORDER BY n DESC, actor
    LIMIT $lanes
)
SELECT
    l.actor,
    date_trunc($bucket, r.event_date)::DATE AS bucket,
    r.event_type,
    r.status,
    count(*) AS n_events,
    min(r.evidence) AS evidence,
    l.n AS lane_events
FROM roles AS r JOIN lanes AS l USING (actor_id)
GROUP BY ALL
ORDER BY lane_events DESC, l.actor, bucket;
