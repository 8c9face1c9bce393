-- dashboard_mentions: where each actor is named in one article, for highlighting.
-- Returns char_start, char_end, actor, kind. Parameter: $article_id VARCHAR.
SELECT m.char_start, m.char_end, a.canonical_name AS actor, a.kind
FROM mentions AS m JOIN actors AS a USING (actor_id)
WHERE m.article_id = $article_id
ORDER BY m.char_start;
