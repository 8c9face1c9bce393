-- dashboard_filter: the sidebar's filters, written once for the dashboard queries that include
-- it by name; not a query by itself. It reads the read model (dashboard_tables.sql) and opens a
-- WITH clause whose parts a query reads:
--   picked               one row of dash_events per real-world event that passes every filter
--   picked_participants  their participants (ev, actor_key, event_type, event_date,
--                        date_precision, status, n_sources)
--   picked_pairs         their pairs of participants in meetings and visits (ev, source, target,
--                        event_date, date_precision, status, mode, n_sources)
-- Parameters (all required):
--   $types, $statuses     VARCHAR[]  event types / statuses to keep ([] keeps all)
--   $date_from, $date_to  DATE       inclusive bounds, NULL for open (NULL keeps undated events)
--   $actors, $focus       INTEGER[]  actor keys ([] for none): keep events with any of $actors and
--                                    any of $focus (dashboard_actor_options lists the keys)
--   $search               VARCHAR[]  [] or up to 4 folded words: keep events where each starts
--                                    a word of a report's evidence (dash_words, an index sorted
--                                    by word, finds them without reading any sentence)
--   $phrases              VARCHAR[]  [] or up to 2 folded phrases as ' word word': of the events
--                                    the words found, keep those with a report holding each
--                                    (dash_texts, read only for those events)
--   $min_sources          INTEGER    keep events reported by at least this many articles (1: all)
-- DuckDB plans with the parameter values, so the filters not in use drop out of the plan.
-- "(ev IN search_hits) IS TRUE" keeps a mark join, which builds on the hits: as a semi join,
-- DuckDB cannot tell the hits are few and may build on the million rows instead.
WITH word_hits AS (  -- the events with a word starting with each search word
    SELECT ev
    FROM dash_words
    WHERE starts_with(word, $search[1])
        AND (len($search) < 2 OR ev IN (SELECT ev FROM dash_words WHERE starts_with(word, $search[2])))
        AND (len($search) < 3 OR ev IN (SELECT ev FROM dash_words WHERE starts_with(word, $search[3])))
        AND (len($search) < 4 OR ev IN (SELECT ev FROM dash_words WHERE starts_with(word, $search[4])))
),
search_hits AS (  -- of those, the events a report of which holds each quoted phrase
    SELECT ev FROM word_hits WHERE len($phrases) = 0
    UNION ALL
    SELECT DISTINCT t.ev
    FROM dash_texts AS t
    WHERE len($phrases) > 0 AND t.ev IN (SELECT ev FROM word_hits)
        AND contains(t.words, $phrases[1])
        AND (len($phrases) < 2 OR contains(t.words, $phrases[2]))
),
picked AS (
    SELECT e.*
    FROM dash_events AS e
    WHERE (len($types) = 0 OR list_contains($types, e.event_type))
        AND (len($statuses) = 0 OR list_contains($statuses, e.status))
        AND ($date_from IS NULL OR e.event_date >= $date_from)
        AND ($date_to IS NULL OR e.event_date <= $date_to)
        AND e.n_sources >= $min_sources
        AND (len($actors) = 0 OR e.ev IN (
            SELECT ev FROM dash_participants WHERE list_contains($actors, actor_key)))
        AND (len($focus) = 0 OR e.ev IN (
            SELECT ev FROM dash_participants WHERE list_contains($focus, actor_key)))
        AND (len($search) = 0 OR (e.ev IN (SELECT ev FROM search_hits)) IS TRUE)
),
picked_participants AS NOT MATERIALIZED (
    -- the same filters on the participants' copies of their event's values: no lookup of picked
    SELECT p.ev, p.actor_key, p.event_type, p.event_date, p.date_precision, p.status, p.n_sources
    FROM dash_participants AS p
    WHERE (len($types) = 0 OR list_contains($types, p.event_type))
        AND (len($statuses) = 0 OR list_contains($statuses, p.status))
        AND ($date_from IS NULL OR p.event_date >= $date_from)
        AND ($date_to IS NULL OR p.event_date <= $date_to)
        AND p.n_sources >= $min_sources
        AND (len($actors) = 0 OR p.ev IN (
            SELECT ev FROM dash_participants WHERE list_contains($actors, actor_key)))
        AND (len($focus) = 0 OR p.ev IN (
            SELECT ev FROM dash_participants WHERE list_contains($focus, actor_key)))
        AND (len($search) = 0 OR (p.ev IN (SELECT ev FROM search_hits)) IS TRUE)
),
picked_pairs AS NOT MATERIALIZED (
    SELECT p.ev, p.source, p.target, p.event_date, p.date_precision, p.status, p.mode, p.n_sources
    FROM dash_pairs AS p
    WHERE (len($types) = 0 OR list_contains($types, p.event_type))
        AND (len($statuses) = 0 OR list_contains($statuses, p.status))
        AND ($date_from IS NULL OR p.event_date >= $date_from)
        AND ($date_to IS NULL OR p.event_date <= $date_to)
        AND p.n_sources >= $min_sources
        AND (len($actors) = 0 OR p.ev IN (
            SELECT ev FROM dash_participants WHERE list_contains($actors, actor_key)))
        AND (len($focus) = 0 OR p.ev IN (
            SELECT ev FROM dash_participants WHERE list_contains($focus, actor_key)))
        AND (len($search) = 0 OR (p.ev IN (SELECT ev FROM search_hits)) IS TRUE)
)
