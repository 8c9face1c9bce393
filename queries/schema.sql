-- schema: tables (internal) and views (the public SQL interface, see README): the current schema.
-- Applied by ingest on every run, after the migrations an older database needs
-- (queries/migrations/NNNN_*.sql); every statement is idempotent. A change to a table here
-- needs a new migration that makes the same change to an existing database, and the number
-- in schema_version below raised to it.

-- The number of the last migration this database has. A new database has the schema of the
-- last one: keep the number below equal to the last file's in queries/migrations/ (a test checks).
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL
);
INSERT INTO schema_version SELECT 2 WHERE NOT EXISTS (SELECT * FROM schema_version);

CREATE TABLE IF NOT EXISTS articles (
    article_id        VARCHAR PRIMARY KEY,   -- hash of the normalised text
    source_path       VARCHAR,               -- file path, with ":line" for JSONL/CSV rows
    url               VARCHAR,
    title             VARCHAR,
    source            VARCHAR,               -- outlet name where known
    published_date    DATE,
    text              VARCHAR NOT NULL,
    ingested_at       TIMESTAMP NOT NULL,
    extractor_version VARCHAR NOT NULL,
    feed_url          VARCHAR,               -- the feed that listed the page (web articles)
    fetched_at        TIMESTAMP              -- when the page was fetched, UTC (web articles)
);
-- (databases written before these two columns get them from migrations/0002_web_provenance.sql)

-- Feeds ingest has polled: what a conditional GET needs next time, and when the server allows
-- the next poll after a 429/503.
CREATE TABLE IF NOT EXISTS feeds (
    feed_url       VARCHAR PRIMARY KEY,      -- as listed (command line, OPML)
    final_url      VARCHAR,                  -- after redirects
    title          VARCHAR,
    etag           VARCHAR,
    last_modified  VARCHAR,                  -- the server's Last-Modified, verbatim
    polled_at      TIMESTAMP,                -- UTC
    status         VARCHAR,                  -- ok | not modified | failed
    reason         VARCHAR,                  -- why it failed
    last_entry_url VARCHAR,                  -- newest entry seen
    retry_at       TIMESTAMP                 -- not polled before this (UTC), after a 429/503
);

-- Every web page ingest was asked to fetch and what came of it, so no page is fetched twice.
CREATE TABLE IF NOT EXISTS web_pages (
    url         VARCHAR PRIMARY KEY,         -- as listed (feed entry, command line, URL list)
    feed_url    VARCHAR,
    final_url   VARCHAR,                     -- after redirects
    redirects   VARCHAR[],                   -- the URLs that redirected, in order
    article_id  VARCHAR,                     -- the article it gave (new or already stored)
    outcome     VARCHAR NOT NULL,            -- article | failed (for good) | retry (later)
    reason      VARCHAR,                     -- why it failed
    http_status INTEGER,
    attempts    INTEGER NOT NULL,
    fetched_at  TIMESTAMP,                   -- UTC
    retry_at    TIMESTAMP                    -- for outcome retry: not before this (UTC)
);

CREATE TABLE IF NOT EXISTS actors (
    actor_id       VARCHAR PRIMARY KEY,      -- hash of kind + canonical name
    canonical_name VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,         -- person | org | place | group
    role           VARCHAR,                  -- title such as 'Prime Minister'
    country        VARCHAR                   -- affiliation where stated
);

CREATE TABLE IF NOT EXISTS actor_aliases (
    alias    VARCHAR NOT NULL,               -- surface form as written
    actor_id VARCHAR NOT NULL,
    PRIMARY KEY (alias, actor_id)
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id     VARCHAR NOT NULL,
    actor_id       VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    surface        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR PRIMARY KEY,      -- article_id + '-' + ordinal
    article_id     VARCHAR NOT NULL,
    event_type     VARCHAR NOT NULL,         -- meeting | visit | ceasefire
    event_date     DATE,
    date_precision VARCHAR,                  -- day | week | month | year | article
    location       VARCHAR,
    status         VARCHAR NOT NULL,         -- occurred | planned | cancelled
    mode           VARCHAR,                  -- in_person | call (meetings only)
    conflict       VARCHAR,                  -- ceasefire only
    phase          INTEGER,
    milestone      VARCHAR,
    trigger_word   VARCHAR,
    cameo_code     VARCHAR,
    evidence       VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    confidence     DOUBLE NOT NULL,
    occurrence_id  VARCHAR,                  -- event_id of the first report of the same real event
    n_sources      INTEGER NOT NULL DEFAULT 1 -- articles reporting that occurrence (kept by ingest)
);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id   VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,             -- participant | host | guest | visitor | accompanying
    -- copies of the event's own values (events never change after insert), so that the
    -- dashboard filters a million events' participants without joining back to events
    event_type VARCHAR,
    event_date DATE,
    status     VARCHAR,
    first_report BOOLEAN NOT NULL DEFAULT TRUE,  -- the event is its occurrence's first report
    PRIMARY KEY (event_id, actor_id)
);

-- Which write the dashboard shows. Every ingest transaction bumps version; refresh_dashboard.sql
-- sets dashboard_version to it. They differ while ingest runs, or after it was interrupted.
CREATE TABLE IF NOT EXISTS store_version (
    version           BIGINT NOT NULL,
    dashboard_version BIGINT NOT NULL
);
INSERT INTO store_version SELECT 1, 0 WHERE NOT EXISTS (SELECT * FROM store_version);

-- The dashboard's read model (dash_* tables), defined in queries/dashboard/dashboard_tables.sql.
-- @include dashboard_tables

CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS participants_event ON event_participants (event_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);

-- v_events: one row per extracted event; participants is a sorted LIST of canonical names
-- (groups and organisations prefixed 'group:' / 'org:' as in the annotation format).
CREATE OR REPLACE VIEW v_events AS
SELECT
    e.event_id,
    e.article_id,
    e.event_type,
    e.event_date,
    e.date_precision,
    e.status,
    e.mode,
    e.location,
    e.conflict,
    e.phase,
    e.milestone,
    e.evidence,
    coalesce(
        (SELECT list_sort(list_distinct(list(CASE a.kind WHEN 'group' THEN 'group:' || a.canonical_name
                                                          WHEN 'org' THEN 'org:' || a.canonical_name
                                                          ELSE a.canonical_name END)))
         FROM event_participants p JOIN actors a USING (actor_id)
         WHERE p.event_id = e.event_id),
        []::VARCHAR[]
    ) AS participants,
    e.trigger_word,
    e.cameo_code,
    e.confidence,
    e.evidence_start,
    e.evidence_end,
    e.occurrence_id,
    e.n_sources
FROM events e;

-- v_occurrences: one row per real-world event, however many articles report it.
CREATE OR REPLACE VIEW v_occurrences AS
SELECT
    e.occurrence_id,
    any_value(e.event_type) AS event_type,
    min(e.event_date) AS event_date,
    any_value(e.date_precision ORDER BY e.event_id = e.occurrence_id DESC) AS date_precision,
    any_value(e.status ORDER BY e.event_id = e.occurrence_id DESC) AS status,
    any_value(e.mode ORDER BY e.event_id = e.occurrence_id DESC) AS mode,
    -- the first report that gives one; event_id breaks ties, so the same rows always give the same row
    any_value(e.location ORDER BY e.location IS NULL, e.event_id) AS location,
    any_value(e.conflict ORDER BY e.conflict IS NULL, e.event_id) AS conflict,
    any_value(e.phase ORDER BY e.phase IS NULL, e.event_id) AS phase,
    any_value(e.milestone ORDER BY e.event_id = e.occurrence_id DESC) AS milestone,
    count(DISTINCT e.article_id) AS n_sources,
    list(e.evidence ORDER BY e.event_id) AS evidence,
    list(DISTINCT e.article_id ORDER BY e.article_id) AS article_ids,
    flatten(list(e.participants)).list_distinct().list_sort() AS participants
FROM v_events e
GROUP BY e.occurrence_id;

-- v_actors: actors with their number of events, for pickers and rankings.
CREATE OR REPLACE VIEW v_actors AS
SELECT
    a.actor_id,
    a.canonical_name,
    a.kind,
    a.role,
    a.country,
    count(DISTINCT p.event_id) AS n_events
FROM actors a
LEFT JOIN event_participants p USING (actor_id)
GROUP BY ALL;
