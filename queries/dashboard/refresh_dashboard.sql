-- refresh_dashboard: rebuild the dashboard's read model (the dash_* tables of dashboard_tables.sql)
-- from the tables ingest writes, and record which store version it shows. Writes; run by ingest
-- only, inside its own transaction, so a reader sees the old model or the new one, never half of
-- each. dash_actor_keys is kept: a page that cached keys before a rebuild names the same actors.
DROP TABLE IF EXISTS dash_model;
DROP TABLE IF EXISTS dash_actors;
DROP TABLE IF EXISTS dash_events;
DROP TABLE IF EXISTS dash_participants;
DROP TABLE IF EXISTS dash_pairs;
DROP TABLE IF EXISTS dash_words;
DROP TABLE IF EXISTS dash_texts;
-- @include dashboard_tables

-- Each report's occurrence: the first report it links to, or itself when it links to none that
-- is one (e.g. after an interrupted --reextract), so no report falls out of the model.
CREATE OR REPLACE TEMP TABLE report_roots AS
SELECT r.event_id, r.article_id, coalesce(f.event_id, r.event_id) AS root_id
FROM events AS r
LEFT JOIN events AS f ON f.event_id = r.occurrence_id AND f.occurrence_id = f.event_id;

-- Date order: a date range reads only the row groups it spans.
INSERT INTO dash_events
WITH sources AS (
    SELECT root_id, count(DISTINCT article_id)::INTEGER AS n_sources FROM report_roots GROUP BY root_id
)
SELECT
    (row_number() OVER (ORDER BY e.event_date, e.event_id))::INTEGER AS ev,
    e.event_id,
    e.article_id,
    e.event_type,
    e.event_date,
    e.date_precision,
    e.status,
    e.mode,
    s.n_sources,
    e.location,
    e.conflict,
    e.phase,
    e.milestone,
    e.evidence
FROM events AS e JOIN sources AS s ON s.root_id = e.event_id
ORDER BY ev;

-- New names get the next keys.
INSERT INTO dash_actor_keys
SELECT
    name,
    ((SELECT coalesce(max(actor_key), 0) FROM dash_actor_keys) + row_number() OVER (ORDER BY name))::INTEGER
FROM (SELECT DISTINCT canonical_name AS name FROM actors)
WHERE name NOT IN (SELECT actor FROM dash_actor_keys);

-- The participants named by any report of the event.
INSERT INTO dash_participants
SELECT DISTINCT d.ev, k.actor_key, d.event_type, d.event_date, d.date_precision, d.status, d.n_sources
FROM event_participants AS p
JOIN report_roots AS r USING (event_id)
JOIN dash_events AS d ON d.event_id = r.root_id
JOIN actors AS a USING (actor_id)
JOIN dash_actor_keys AS k ON k.actor = a.canonical_name
ORDER BY d.event_date, d.ev, k.actor_key;

INSERT INTO dash_actors
WITH counts AS (
    SELECT actor_key, count(*) AS n_events FROM dash_participants GROUP BY actor_key
),
named AS (
    SELECT a.canonical_name AS actor, a.actor_id, a.kind, a.role, a.country, count(p.event_id) AS n_reports
    FROM actors AS a JOIN event_participants AS p USING (actor_id)
    GROUP BY ALL
)
SELECT
    k.actor_key,
    n.actor,
    any_value(n.kind ORDER BY n.n_reports DESC) AS kind,
    any_value(n.role ORDER BY n.role IS NULL, n.n_reports DESC) AS role,
    any_value(n.country ORDER BY n.country IS NULL, n.n_reports DESC) AS country,
    any_value(c.n_events) AS n_events,
    list(n.actor_id ORDER BY n.actor_id) AS actor_ids
FROM named AS n
JOIN dash_actor_keys AS k ON k.actor = n.actor
JOIN counts AS c USING (actor_key)
GROUP BY k.actor_key, n.actor
ORDER BY k.actor_key;

-- Every pair of participants of a meeting or visit, so the network's edges are one scan.
INSERT INTO dash_pairs
SELECT
    x.ev, x.actor_key AS source, y.actor_key AS target, x.event_type, x.event_date, x.date_precision,
    x.status, e.mode, x.n_sources
FROM dash_participants AS x
JOIN dash_participants AS y ON x.ev = y.ev AND x.actor_key < y.actor_key
JOIN dash_events AS e ON e.ev = x.ev
WHERE x.event_type IN ('meeting', 'visit')
ORDER BY x.event_date, x.ev, source, target;

-- The words of every report of the event, folded as dashboard_state.fold folds a search: lower
-- case, accents stripped, split on anything but letters and digits.
CREATE OR REPLACE TEMP TABLE report_words AS
SELECT d.ev, list_filter(regexp_split_to_array(strip_accents(lower(e.evidence)), '[^\pL\pN]+'), lambda w: w <> '') AS words
FROM events AS e
JOIN report_roots AS r USING (event_id)
JOIN dash_events AS d ON d.event_id = r.root_id;

INSERT INTO dash_words
SELECT DISTINCT unnest(words) AS word, ev FROM report_words
ORDER BY word, ev;

INSERT INTO dash_texts
SELECT ev, ' ' || array_to_string(words, ' ') || ' ' AS words FROM report_words
ORDER BY ev;

INSERT INTO dash_model SELECT dash_model_version();
DROP TABLE report_roots;
DROP TABLE report_words;
UPDATE store_version SET dashboard_version = version;
