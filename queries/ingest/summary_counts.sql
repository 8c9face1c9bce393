-- summary_counts: totals shown after ingest. Returns articles, events, actors.
SELECT
    (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM events) AS events,
    (SELECT count(*) FROM actors) AS actors;
