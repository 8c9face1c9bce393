-- dashboard_events: the newest $limit filtered events, for the evidence table.
-- Returns event_id, article_id, event_date, date_precision, event_type, participants (names,
-- comma separated), location, status, mode, n_sources, evidence, title, source, url,
-- source_path (of the first report's article).
-- Extra parameter: $limit INTEGER.
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
, newest AS MATERIALIZED (  -- keys first: the sort reads two columns, not every one
    SELECT ev FROM picked ORDER BY event_date DESC NULLS LAST, ev DESC LIMIT $limit
),
shown AS MATERIALIZED (
    SELECT ev, event_id, article_id, event_date, date_precision, event_type, location, status, mode,
           n_sources, evidence, conflict
    FROM dash_events
    WHERE ev IN (SELECT ev FROM newest)
),
names AS (
    SELECT p.ev, string_agg(DISTINCT a.actor, ', ' ORDER BY a.actor) AS participants
    FROM dash_participants AS p JOIN dash_actors AS a USING (actor_key)
    WHERE p.ev IN (SELECT ev FROM newest)
    GROUP BY p.ev
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
    s.mode,
    s.n_sources,
    s.evidence,
    art.title,
    art.source,
    art.url,
    art.source_path
FROM shown AS s
LEFT JOIN names AS n USING (ev)
LEFT JOIN articles AS art USING (article_id)
ORDER BY s.event_date DESC NULLS LAST, s.ev DESC;
