-- known_article_ids: which of $article_ids (a list) are stored already. Returns article_id.
SELECT article_id FROM articles WHERE list_contains($article_ids, article_id);
