-- dashboard_events: the newest $limit filtered events, for the evidence table.
-- Returns event_id, article_id, event_date, date_precision, event_type, participants (names,
-- comma separated), location, status, n_sources, evidence, url, source_path.
-- Extra parameter: $limit INTEGER.
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
, shown AS MATERIALIZED (
    SELECT * FROM picked ORDER BY event_date DESC NULLS LAST, event_id LIMIT $limit
),
names AS (
    SELECT p.event_id, string_agg(DISTINCT a.canonical_name, ', ' ORDER BY a.canonical_name) AS participants
    FROM event_participants AS p JOIN actors AS a USING (actor_id)
    WHERE p.event_id IN (SELECT event_id FROM shown)
    GROUP BY p.event_id
),
sources AS (
    SELECT coalesce(r.occurrence_id, r.event_id) AS event_id, count(DISTINCT r.article_id) AS n_sources
    FROM events AS r
    WHERE coalesce(r.occurrence_id, r.event_id) IN (SELECT event_id FROM shown)
    GROUP BY 1
)
SELECT
    s.event_id,
    s.article_id,
    s.event_date,
    s.date_precision,
    s.event_type,
    coalesce(n.participants, s.conflict || ' ceasefire', '') AS participants,
    s.location,
    s.status,
    coalesce(c.n_sources, 1) AS n_sources,
    s.evidence,
    art.url,
    art.source_path
FROM shown AS s
LEFT JOIN names AS n USING (event_id)
LEFT JOIN sources AS c USING (event_id)
LEFT JOIN articles AS art USING (article_id)
ORDER BY s.event_date DESC NULLS LAST, s.event_id;
