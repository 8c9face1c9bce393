-- refresh_dashboard: rebuild the dashboard's read model (the dash_* tables, see schema.sql) from
-- the tables ingest writes, and record which store version it shows. Writes; run by ingest only,
-- inside its own transaction, so a reader sees the old model or the new one, never half of each.
CREATE OR REPLACE TABLE dash_actors AS
WITH counts AS (
    SELECT actor_id, count(*) AS n_events
    FROM event_participants
    WHERE first_report
    GROUP BY actor_id
)
SELECT
    (row_number() OVER (ORDER BY a.canonical_name))::INTEGER AS actor_key,
    a.canonical_name AS actor,
    any_value(a.kind ORDER BY c.n_events DESC) AS kind,
    any_value(a.role ORDER BY a.role IS NULL, c.n_events DESC) AS role,
    any_value(a.country ORDER BY a.country IS NULL, c.n_events DESC) AS country,
    sum(c.n_events)::BIGINT AS n_events,
    list(a.actor_id ORDER BY a.actor_id) AS actor_ids
FROM counts AS c JOIN actors AS a USING (actor_id)
GROUP BY a.canonical_name
ORDER BY actor_key;

-- Date order: a date range reads only the row groups it spans.
CREATE OR REPLACE TABLE dash_events AS
SELECT
    (row_number() OVER (ORDER BY event_date, event_id))::INTEGER AS ev,
    event_id,
    article_id,
    event_type,
    event_date,
    date_precision,
    status,
    n_sources,
    location,
    conflict,
    phase,
    milestone,
    evidence
FROM events
WHERE event_id = occurrence_id
ORDER BY ev;

CREATE OR REPLACE TABLE dash_participants AS
WITH keys AS (
    SELECT actor_key, unnest(actor_ids) AS actor_id FROM dash_actors
)
SELECT DISTINCT d.ev, k.actor_key, d.event_type, d.event_date, d.status, d.n_sources
FROM event_participants AS p
JOIN dash_events AS d USING (event_id)
JOIN keys AS k USING (actor_id)
ORDER BY d.event_date, d.ev, k.actor_key;

-- Every pair of participants of a meeting or visit, so the network's edges are one scan.
CREATE OR REPLACE TABLE dash_pairs AS
SELECT x.ev, x.actor_key AS source, y.actor_key AS target, x.event_type, x.event_date, x.status, x.n_sources
FROM dash_participants AS x
JOIN dash_participants AS y ON x.ev = y.ev AND x.actor_key < y.actor_key
WHERE x.event_type IN ('meeting', 'visit')
ORDER BY x.event_date, x.ev, source, target;

-- Word order: a search reads the few row groups holding the words that start with its words.
-- Words of every report of the event, lower case, split as dashboard_state.search_words splits.
CREATE OR REPLACE TABLE dash_words AS
SELECT DISTINCT word, ev
FROM (
    SELECT d.ev, unnest(regexp_split_to_array(lower(r.evidence), '[^\pL\pN]+')) AS word
    FROM events AS r JOIN dash_events AS d ON d.event_id = r.occurrence_id
)
WHERE word <> ''
ORDER BY word, ev;

UPDATE store_version SET dashboard_version = version;
