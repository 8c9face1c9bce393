-- dashboard_filter: the sidebar's filters, written once for the dashboard queries that include
-- it by name; not a query by itself. It opens a WITH clause whose parts a query reads:
--   picked                 one row per real-world event (its first report, event_id =
--                          occurrence_id) that passes every filter
--   picked_participants    the participants of the picked events. With no filter that needs the
--                          events table they are the rows flagged first_report, instead of
--                          being looked up one by one among the picked events.
--   narrowed_events,       all event reports / participant rows whose type, status and date pass
--   narrowed_participants  (a participant row has copies of its event's): cheap column filters
--                          that spare the scans decoding the ids of rows no query wants
-- Parameters (all required):
--   $types, $statuses     VARCHAR[]  event types / statuses to keep ([] keeps all)
--   $date_from, $date_to  DATE       inclusive bounds, NULL for open (NULL keeps undated events)
--   $actors, $focus       VARCHAR[]  actor ids ([] for none): keep events with any of $actors and
--                                    any of $focus (dashboard_actor_options lists each name's ids)
--   $search               VARCHAR[]  [] or [lower-case text]: keep events with a report whose
--                                    evidence contains the text (all reports share the type)
--   $min_sources          INTEGER    keep events reported by at least this many articles (1: all)
-- DuckDB plans with the parameter values, so the filters not in use drop out of the plan.
WITH narrowed_events AS NOT MATERIALIZED (
    SELECT *
    FROM events AS e
    WHERE (len($types) = 0 OR list_contains($types, e.event_type))
        AND (len($statuses) = 0 OR list_contains($statuses, e.status))
        AND ($date_from IS NULL OR e.event_date >= $date_from)
        AND ($date_to IS NULL OR e.event_date <= $date_to)
),
narrowed_participants AS NOT MATERIALIZED (
    SELECT *
    FROM event_participants AS p
    WHERE (len($types) = 0 OR list_contains($types, p.event_type))
        AND (len($statuses) = 0 OR list_contains($statuses, p.status))
        AND ($date_from IS NULL OR p.event_date >= $date_from)
        AND ($date_to IS NULL OR p.event_date <= $date_to)
),
picked AS (
    SELECT e.*
    FROM narrowed_events AS e
    WHERE e.event_id = e.occurrence_id
        AND e.n_sources >= $min_sources
        AND (len($actors) = 0 OR e.event_id IN (
            SELECT event_id FROM narrowed_participants WHERE list_contains($actors, actor_id)))
        AND (len($focus) = 0 OR e.event_id IN (
            SELECT event_id FROM narrowed_participants WHERE list_contains($focus, actor_id)))
        -- IS TRUE keeps this a mark join, which builds on the search hits: as a semi join, DuckDB
        -- cannot tell the hits are few and may build on all the first reports instead.
        AND (len($search) = 0 OR (e.event_id IN (
            SELECT r.occurrence_id
            FROM events AS r
            WHERE (len($types) = 0 OR list_contains($types, r.event_type))
                AND r.evidence ILIKE '%' || $search[1] || '%'
                AND contains(lower(r.evidence), $search[1])) IS TRUE))
),
picked_participants AS (
    SELECT p.event_id, p.actor_id, p.event_type, p.event_date, p.status
    FROM narrowed_participants AS p
    WHERE CASE WHEN len($actors) + len($focus) + len($search) = 0 AND $min_sources <= 1
        THEN p.first_report
        ELSE p.event_id IN (
            SELECT event_id
            FROM picked
            WHERE NOT (len($actors) + len($focus) + len($search) = 0 AND $min_sources <= 1))
    END
)
