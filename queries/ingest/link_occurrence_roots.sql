-- link_occurrence_roots: point this batch's reports that joined a report which itself joined
-- another at that one, so every occurrence_id names a first report. Run until it changes no
-- row. Writes; run by ingest only, inside its transaction.
UPDATE events AS e
SET occurrence_id = r.occurrence_id
FROM events AS r
WHERE e.occurrence_id = r.event_id
    AND r.occurrence_id <> r.event_id
    AND e.article_id IN (SELECT article_id FROM batch_article_ids);
