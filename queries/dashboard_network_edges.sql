-- dashboard_network_edges: who met whom among the given actors, one row per pair.
-- Returns source, target (actor ids, source < target), n_meetings, first_date, last_date and
-- recent_dates (the five latest dates, newest first).
-- Extra parameter: $node_ids VARCHAR[] (usually dashboard_network_nodes' actor_id column).
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
, members AS (
    SELECT p.event_id, p.actor_id, e.event_date
    FROM picked AS e JOIN event_participants AS p USING (event_id)
    WHERE e.event_type IN ('meeting', 'visit') AND list_contains($node_ids, p.actor_id)
)
SELECT
    x.actor_id AS source,
    y.actor_id AS target,
    count(*) AS n_meetings,
    min(x.event_date) AS first_date,
    max(x.event_date) AS last_date,
    list(x.event_date ORDER BY x.event_date DESC)[1:5] AS recent_dates
FROM members AS x JOIN members AS y ON x.event_id = y.event_id AND x.actor_id < y.actor_id
GROUP BY x.actor_id, y.actor_id
ORDER BY n_meetings DESC;
