-- Search reads the search vector of every row it checks or ranks, and the category, language and tags of
-- its candidates (facets). Kept in the row (compressed when that helps, moved out only when the row would
-- not fit a page otherwise), they cost one page read instead of TOAST index lookups and chunk reads. The
-- small columns must say so too: with the vector in the row, the row stays over the TOAST target, which
-- would otherwise move every other sizeable value out of it.
ALTER TABLE article ALTER COLUMN search_vector SET STORAGE MAIN,
                    ALTER COLUMN tags SET STORAGE MAIN,
                    ALTER COLUMN category SET STORAGE MAIN,
                    ALTER COLUMN language SET STORAGE MAIN;
-- Existing rows take the new storage when their values are written anew (the content stays the same).
UPDATE article SET search_vector = search_vector || ''::tsvector, tags = tags || '[]'::jsonb,
                   category = category || '', language = language || '';

-- The newest articles of a language, for searches and feeds filtered by language.
CREATE INDEX article_language_feed_idx ON article (language, feed_at DESC, id DESC);

-- A query word that PostgreSQL's parser splits (Qwen3-Max, GPT-5.2, DeepSeek-V3.2) as the AND of the
-- lexemes the index stores for it: to_tsquery would make it a phrase, whose every candidate must be
-- re-checked against its positions. An empty query when the word is only stop words.
CREATE FUNCTION article_search_all_of(word text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''', ' & '
                               ORDER BY lexeme), '')::tsquery
    FROM unnest(to_tsvector('english', word))
$$;
