-- outdated_articles: stored articles that an extractor other than version $version extracted,
-- so their events may differ from what this one finds. Returns n_articles and versions (a list).
SELECT
    count(*) AS n_articles,
    coalesce(list_sort(list_distinct(list(extractor_version))), []) AS versions
FROM articles
WHERE extractor_version <> $version;
