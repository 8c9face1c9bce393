-- dashboard_places: where the filtered events happened, one row per place and event type, and
-- one row per event type with location NULL for the events that name no place.
-- Returns location, event_type, n_events, first_date, last_date.
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
SELECT
    location,
    event_type,
    count(*) AS n_events,
    min(event_date) AS first_date,
    max(event_date) AS last_date
FROM picked
GROUP BY ALL
ORDER BY n_events DESC, location NULLS LAST;
