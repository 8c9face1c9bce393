-- dashboard_actor_options: every actor that takes part in an event, busiest first, for pickers.
-- Returns actor (canonical name), kind, role, country, n_events (real-world events). No parameters.
SELECT
    a.canonical_name AS actor,
    any_value(a.kind ORDER BY a.kind) AS kind,
    any_value(a.role ORDER BY a.role IS NULL) AS role,
    any_value(a.country ORDER BY a.country IS NULL) AS country,
    count(DISTINCT p.event_id) AS n_events
FROM event_participants AS p
JOIN events AS e ON e.event_id = p.event_id AND e.event_id = coalesce(e.occurrence_id, e.event_id)
JOIN actors AS a USING (actor_id)
GROUP BY a.canonical_name
ORDER BY n_events DESC, actor;
