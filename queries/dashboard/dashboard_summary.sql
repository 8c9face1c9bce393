-- dashboard_summary: one row describing the filtered events.
-- Returns n_events, first_date, last_date, n_meeting, n_visit, n_ceasefire, n_undated (events a
-- time axis cannot place) and n_undated_ceasefire.
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
SELECT
    count(*) AS n_events,
    min(event_date) AS first_date,
    max(event_date) AS last_date,
    count(*) FILTER (WHERE event_type = 'meeting') AS n_meeting,
    count(*) FILTER (WHERE event_type = 'visit') AS n_visit,
    count(*) FILTER (WHERE event_type = 'ceasefire') AS n_ceasefire,
    count(*) FILTER (WHERE event_date IS NULL) AS n_undated,
    count(*) FILTER (WHERE event_date IS NULL AND event_type = 'ceasefire') AS n_undated_ceasefire
FROM picked;
