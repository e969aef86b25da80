-- The weighted search document computed in the INSERT/UPDATE that writes the article (one tuple version,
-- one GIN insertion) from the pre-segmented, folded terms of its four fields, separated by U+001F:
-- title (A), tags/category/source (B), summary and key points (C), text (D).
CREATE FUNCTION article_search_vector(terms text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english', split_part(terms, E'\x1f', 1)), 'A')
        || setweight(to_tsvector('english', split_part(terms, E'\x1f', 2)), 'B')
        || setweight(to_tsvector('english', split_part(terms, E'\x1f', 3)), 'C')
        || setweight(to_tsvector('english', split_part(terms, E'\x1f', 4)), 'D')
$$;
