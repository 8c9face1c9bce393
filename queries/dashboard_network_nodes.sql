-- dashboard_network_nodes: the $top_n actors with most filtered meetings and visits.
-- Returns actor_id, actor, kind, role, country, n_meetings, first_date, last_date and
-- n_actors (how many actors the whole filtered network has).
-- Extra parameter: $top_n INTEGER.
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
, counts AS (
    SELECT p.actor_id, count(*) AS n_meetings,
           min(e.event_date) AS first_date, max(e.event_date) AS last_date
    FROM picked AS e JOIN event_participants AS p USING (event_id)
    WHERE e.event_type IN ('meeting', 'visit')
    GROUP BY p.actor_id
)
SELECT
    c.actor_id,
    a.canonical_name AS actor,
    a.kind,
    a.role,
    a.country,
    c.n_meetings,
    c.first_date,
    c.last_date,
    count(*) OVER () AS n_actors
FROM counts AS c JOIN actors AS a USING (actor_id)
ORDER BY c.n_meetings DESC, a.canonical_name
LIMIT $top_n;
