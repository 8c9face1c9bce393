-- dashboard_ceasefires: filtered ceasefire milestones per conflict, counted per date bucket.
-- Returns conflict, phase, milestone, status, bucket (DATE), first_date, n_events, evidence.
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
    count(*) AS n_events,
    any_value(evidence) AS evidence
FROM picked
WHERE event_type = 'ceasefire' AND event_date IS NOT NULL
GROUP BY ALL
ORDER BY conflict, bucket;
