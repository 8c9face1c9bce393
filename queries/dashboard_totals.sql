-- dashboard_totals: the size of the whole database, for the header line. No parameters.
-- Returns n_events (real-world events on the dashboard), n_reports (event rows), n_actors,
-- n_articles, first_date, last_date, and stale (ingest has written since the dashboard's read
-- model was refreshed: it is running, or was interrupted).
SELECT
    (SELECT count(*) FROM dash_events) AS n_events,
    (SELECT count(*) FROM events) AS n_reports,
    (SELECT count(*) FROM dash_actors) AS n_actors,
    (SELECT count(*) FROM articles) AS n_articles,
    (SELECT min(event_date) FROM dash_events) AS first_date,
    (SELECT max(event_date) FROM dash_events) AS last_date,
    (SELECT any_value(version <> dashboard_version) FROM store_version) AS stale;
