-- dashboard_actor_options: every actor that takes part in an event, busiest first, for pickers.
-- Returns actor (canonical name), kind, role, country, n_events (event reports naming them:
-- counted without joining events, so that the picker stays quick on large databases) and
-- actor_ids (the ids that share the name, which the dashboard queries' actor filters take).
-- No parameters.
WITH counts AS (
    SELECT actor_id, count(*) AS n_events FROM event_participants GROUP BY actor_id
)
SELECT
    a.canonical_name AS actor,
    any_value(a.kind ORDER BY c.n_events DESC) AS kind,
    any_value(a.role ORDER BY a.role IS NULL, c.n_events DESC) AS role,
    any_value(a.country ORDER BY a.country IS NULL, c.n_events DESC) AS country,
    sum(c.n_events)::BIGINT AS n_events,
    list(a.actor_id ORDER BY a.actor_id) AS actor_ids
FROM counts AS c JOIN actors AS a USING (actor_id)
GROUP BY a.canonical_name
ORDER BY n_events DESC, actor;
