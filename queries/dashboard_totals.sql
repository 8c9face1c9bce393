-- dashboard_totals: the size of the whole database, for the header line. No parameters.
-- Returns n_events (real-world events), n_reports (event rows), n_actors, n_articles,
-- first_date, last_date.
SELECT
    count(*) FILTER (WHERE event_id = coalesce(occurrence_id, event_id)) AS n_events,
    count(*) AS n_reports,
    (SELECT count(*) FROM actors) AS n_actors,
    (SELECT count(*) FROM articles) AS n_articles,
    min(event_date) AS first_date,
    max(event_date) AS last_date
FROM events;
