-- dashboard_ego: everyone the ego actor met or visited in the filtered events, and when.
-- Returns actor, role, country, n_meetings, first_date, last_date, dates (all, oldest first).
-- Extra parameter: $ego VARCHAR[] (the ego's actor ids). Pass the same ids as $actors, which
-- makes picked the ego's own events.
-- Filter parameters: see dashboard_filter.sql ($types, $statuses, $date_from, $date_to, $actors,
-- $focus, $search, $min_sources).
-- @include dashboard_filter
SELECT
    a.canonical_name AS actor,
    a.role,
    a.country,
    count(DISTINCT m.event_id) AS n_meetings,
    min(m.event_date) AS first_date,
    max(m.event_date) AS last_date,
    list(DISTINCT m.event_date ORDER BY m.event_date) AS dates
FROM picked_participants AS m JOIN actors AS a USING (actor_id)
-- NOT IN a subquery, not NOT list_contains: DuckDB would estimate the negated id filter as a
-- selective one, and build its join on the two million participant rows.
WHERE m.event_type IN ('meeting', 'visit') AND m.actor_id NOT IN (SELECT unnest($ego))
GROUP BY ALL
ORDER BY n_meetings DESC, actor;
