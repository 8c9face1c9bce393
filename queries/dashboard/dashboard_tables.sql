-- dashboard_tables: the dashboard's read model, defined once. schema.sql includes it (so a new
-- database answers the dashboard's queries), and refresh_dashboard.sql includes it after dropping
-- the tables it rebuilds, then fills them. One row per real-world event, integer keys, date
-- order: a million events filter in tens of milliseconds. Idempotent.

-- The shape of these tables. A database whose read model has another shape is rebuilt by the
-- next ingest run (below), and until then the page asks for that run.
CREATE OR REPLACE MACRO dash_model_version() AS 2;
CREATE TABLE IF NOT EXISTS dash_model (version INTEGER);

CREATE TABLE IF NOT EXISTS dash_actor_keys (    -- kept across rebuilds: a key always names one actor
    actor VARCHAR, actor_key INTEGER
);
CREATE TABLE IF NOT EXISTS dash_actors (
    actor_key INTEGER, actor VARCHAR, kind VARCHAR, role VARCHAR, country VARCHAR,
    n_events BIGINT,                          -- real-world events any report names them in
    actor_ids VARCHAR[]                       -- the actors table's ids sharing the name
);
CREATE TABLE IF NOT EXISTS dash_events (
    ev INTEGER,                               -- the occurrence's key, in date order
    event_id VARCHAR, article_id VARCHAR,     -- its first report
    event_type VARCHAR, event_date DATE, date_precision VARCHAR, status VARCHAR, mode VARCHAR,
    n_sources INTEGER, location VARCHAR, conflict VARCHAR, phase INTEGER, milestone VARCHAR,
    evidence VARCHAR
);
CREATE TABLE IF NOT EXISTS dash_participants (  -- named by any report of the event
    ev INTEGER, actor_key INTEGER,
    -- copies of the event's values, so that filters need no join back to dash_events
    event_type VARCHAR, event_date DATE, date_precision VARCHAR, status VARCHAR, n_sources INTEGER
);
CREATE TABLE IF NOT EXISTS dash_pairs (        -- two participants of a meeting or visit
    ev INTEGER, source INTEGER, target INTEGER,   -- actor keys, source < target
    event_type VARCHAR, event_date DATE, date_precision VARCHAR, status VARCHAR, mode VARCHAR,
    n_sources INTEGER
);
CREATE TABLE IF NOT EXISTS dash_words (         -- in word order: a search reads a few row groups
    word VARCHAR,                             -- a word of a report's evidence, folded (see below)
    ev INTEGER
);
CREATE TABLE IF NOT EXISTS dash_texts (         -- for quoted phrases, read only for the word hits
    ev INTEGER,
    words VARCHAR                             -- a report's folded words: ' word word … '
);

UPDATE store_version SET dashboard_version = -1
WHERE NOT EXISTS (SELECT * FROM dash_model WHERE version = dash_model_version());
