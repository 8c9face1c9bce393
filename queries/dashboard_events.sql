-- dashboard_events: the newest $limit filtered events, for the evidence table.
-- Returns event_id, article_id, event_date, date_precision, event_type, participants (names,
-- comma separated), location, status, n_sources, evidence, url, source_path.
-- Extra parameter: $limit INTEGER.
-- Filter parameters: see dashboard_filter.sql ($types, $statuses, $date_from, $date_to, $actors,
-- $focus, $search, $min_sources).
-- @include dashboard_filter
, shown AS MATERIALIZED (
    SELECT event_id, article_id, event_date, date_precision, event_type, location, status,
           n_sources, evidence, conflict
    FROM picked
    ORDER BY event_date DESC NULLS LAST, event_id
    LIMIT $limit
),
names AS (
    SELECT p.event_id, string_agg(DISTINCT a.canonical_name, ', ' ORDER BY a.canonical_name) AS participants
    FROM narrowed_participants AS p JOIN actors AS a USING (actor_id)
    WHERE p.event_id IN (SELECT event_id FROM shown)
    GROUP BY p.event_id
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
    s.n_sources,
    s.evidence,
    art.url,
    art.source_path
FROM shown AS s
LEFT JOIN names AS n USING (event_id)
LEFT JOIN articles AS art USING (article_id)
ORDER BY s.event_date DESC NULLS LAST, s.event_id;
