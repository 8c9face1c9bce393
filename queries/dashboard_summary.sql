-- dashboard_summary: one row describing the filtered events.
-- Returns n_events, first_date, last_date, n_meeting, n_visit, n_ceasefire.
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
SELECT
    count(*) AS n_events,
    min(event_date) AS first_date,
    max(event_date) AS last_date,
    count(*) FILTER (WHERE event_type = 'meeting') AS n_meeting,
    count(*) FILTER (WHERE event_type = 'visit') AS n_visit,
    count(*) FILTER (WHERE event_type = 'ceasefire') AS n_ceasefire
FROM picked;
