-- reset_occurrences: forget occurrence links so they can be rebuilt in ingest order.
UPDATE events SET occurrence_id = NULL;
