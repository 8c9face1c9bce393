-- 0001: a database written before schema versions existed (the releases up to December 2025)
-- gets the tables of version 1. Each step holds for every layout those releases wrote: events
-- gained n_sources; event_participants gained copies of its event's type, date and status,
-- first_report and a primary key; occurrence links came to name a first report. Tables they
-- lacked (store_version, the dash_* read model) come from schema.sql, which runs after the
-- migrations, as do the indexes dropped here. Writes; run by ingest only, in its transaction.

-- DuckDB alters no table that has an index.
DROP INDEX IF EXISTS events_article;
DROP INDEX IF EXISTS participants_event;

ALTER TABLE events ADD COLUMN IF NOT EXISTS n_sources INTEGER DEFAULT 1;
ALTER TABLE events ALTER COLUMN n_sources SET NOT NULL;

-- Every link names a first report: unlinked events are their own, chains are followed to the end.
UPDATE events SET occurrence_id = event_id WHERE occurrence_id IS NULL;
UPDATE events AS e
SET occurrence_id = r.root
FROM (
    WITH RECURSIVE walk (event_id, root, steps) AS (
        SELECT event_id, occurrence_id, 0 FROM events
        UNION ALL
        SELECT w.event_id, o.occurrence_id, w.steps + 1
        FROM walk AS w JOIN events AS o ON o.event_id = w.root
        WHERE o.occurrence_id <> o.event_id AND w.steps < 50
    )
    SELECT event_id, arg_max(root, steps) AS root FROM walk GROUP BY event_id
) AS r
WHERE e.event_id = r.event_id AND e.occurrence_id <> r.root;

UPDATE events AS e
SET n_sources = s.n
FROM (SELECT occurrence_id, count(DISTINCT article_id) AS n FROM events GROUP BY occurrence_id) AS s
WHERE e.occurrence_id = s.occurrence_id;

-- Participants rebuilt with the columns, the key and the first_report flag of version 1.
CREATE TABLE event_participants_v1 (
    event_id     VARCHAR NOT NULL,
    actor_id     VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    event_type   VARCHAR,
    event_date   DATE,
    status       VARCHAR,
    first_report BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (event_id, actor_id)
);
INSERT INTO event_participants_v1
SELECT DISTINCT ON (p.event_id, p.actor_id)
    p.event_id, p.actor_id, p.role, e.event_type, e.event_date, e.status,
    e.event_id = e.occurrence_id AS first_report
FROM event_participants AS p JOIN events AS e USING (event_id)
ORDER BY p.event_id, p.actor_id;
DROP TABLE event_participants;
ALTER TABLE event_participants_v1 RENAME TO event_participants;
