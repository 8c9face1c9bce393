-- dashboard_totals: the size of the whole database, for the header line. No parameters.
-- Returns n_events (real-world events on the dashboard), n_reports (event rows), n_actors,
-- n_articles, first_date, last_date, n_undated, stale (ingest has written since the dashboard's
-- read model was refreshed: it is running, or was interrupted) and model_version (the shape of
-- the read model, see dashboard_tables.sql).
SELECT
    (SELECT count(*) FROM dash_events) AS n_events,
    (SELECT count(*) FROM events) AS n_reports,
    (SELECT count(*) FROM dash_actors) AS n_actors,
    (SELECT count(*) FROM articles) AS n_articles,
    (SELECT min(event_date) FROM dash_events) AS first_date,
    (SELECT max(event_date) FROM dash_events) AS last_date,
    (SELECT count(*) FROM dash_events WHERE event_date IS NULL) AS n_undated,
    (SELECT any_value(version <> dashboard_version) FROM store_version) AS stale,
    (SELECT max(version) FROM dash_model) AS model_version;
