-- dashboard_actor_options: every actor that takes part in an event, busiest first, for pickers.
-- Returns actor (canonical name), kind, role, country, n_events (real-world events naming them)
-- and actor_key (what the dashboard queries' actor filters take). No parameters.
SELECT actor, kind, role, country, n_events, actor_key
FROM dash_actors
ORDER BY n_events DESC, actor;
