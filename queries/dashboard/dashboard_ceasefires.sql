-- dashboard_ceasefires: filtered ceasefire milestones per conflict, counted per date bucket.
-- Returns conflict, phase, milestone, status, bucket (DATE), first_date, date_precision (of the
-- first), n_events, evidence. Undated milestones are left out (dashboard_summary counts them).
-- Extra parameter: $bucket VARCHAR ('day' | 'week' | 'month').
-- Filter parameters: see dashboard_filter.sql.
-- @include dashboard_filter
SELECT
    coalesce(conflict, 'unnamed conflict') AS conflict,
    phase,
    coalesce(milestone, 'ceasefire') AS milestone,
    status,
    date_trunc($bucket, event_date)::DATE AS bucket,
    min(event_date) AS first_date,
    arg_min(coalesce(date_precision, 'day'), event_date) AS date_precision,
    count(*) AS n_events,
    arg_min(evidence, event_date) AS evidence
FROM picked
WHERE event_type = 'ceasefire' AND event_date IS NOT NULL
GROUP BY ALL
ORDER BY conflict, bucket, first_date;
