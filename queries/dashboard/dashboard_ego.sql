-- dashboard_ego: everyone the ego actor met or visited in the filtered events, one row per
-- counterpart and status, so that what occurred stands apart from what was planned or called off.
-- Returns actor, kind, role, country, status, n_events, n_calls (meetings by phone or video),
-- n_reports (articles reporting them, summed over the events), dates and precisions
-- (of each event, in the same order, unsorted) and places (where, alphabetical, comma separated;
-- '' if none).
-- Extra parameter: $ego INTEGER[] (the ego's actor key). Pass the same as $actors, which makes
-- picked the ego's own events.
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
, counterparts AS (
    SELECT
        a.actor,
        a.kind,
        a.role,
        a.country,
        m.status,
        count(*) AS n_events,
        count(*) FILTER (WHERE e.mode = 'call') AS n_calls,
        sum(e.n_sources)::BIGINT AS n_reports,
        list(e.event_date) AS dates,  -- unordered, as the next: sorting them here costs more
        list(e.date_precision) AS precisions,
        coalesce(string_agg(DISTINCT e.location, ', ' ORDER BY e.location), '') AS places
    FROM picked_participants AS m
    JOIN dash_actors AS a USING (actor_key)
    JOIN dash_events AS e USING (ev)
    WHERE m.event_type IN ('meeting', 'visit') AND NOT list_contains($ego, m.actor_key)
    GROUP BY ALL
)
SELECT *
FROM counterparts
ORDER BY status = 'occurred' DESC, n_events DESC, actor, status;
