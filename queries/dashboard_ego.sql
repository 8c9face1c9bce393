-- dashboard_ego: everyone the ego actor met or visited in the filtered events, and when.
-- Returns actor, role, country, n_meetings, first_date, last_date, dates (all, oldest first) and
-- places (where they met, alphabetical, comma separated).
-- Extra parameter: $ego INTEGER[] (the ego's actor key). Pass the same as $actors, which makes
-- picked the ego's own events.
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
SELECT
    a.actor,
    a.role,
    a.country,
    count(DISTINCT m.ev) AS n_meetings,
    min(m.event_date) AS first_date,
    max(m.event_date) AS last_date,
    list(DISTINCT m.event_date ORDER BY m.event_date) AS dates,
    coalesce(string_agg(DISTINCT e.location, ', ' ORDER BY e.location), '') AS places
FROM picked_participants AS m
JOIN dash_actors AS a USING (actor_key)
JOIN dash_events AS e USING (ev)
WHERE m.event_type IN ('meeting', 'visit') AND NOT list_contains($ego, m.actor_key)
GROUP BY ALL
ORDER BY n_meetings DESC, a.actor;
