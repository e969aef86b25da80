-- Articles as parsed from documents, with the search document PostgreSQL indexes.
CREATE TABLE article (
    id              UUID        PRIMARY KEY,
    revision        BIGINT      NOT NULL,
    title           TEXT        NOT NULL,
    title_source    TEXT        NOT NULL,
    url             TEXT,
    canonical_url   TEXT,
    source          TEXT,
    author          TEXT,
    published_at    TIMESTAMPTZ,
    published_offset_seconds INTEGER,
    date_precision  TEXT,
    language        TEXT        NOT NULL,
    category        TEXT,
    tags            JSONB       NOT NULL DEFAULT '[]',
    summary         TEXT,
    key_points      JSONB       NOT NULL DEFAULT '[]',
    body_markdown   TEXT        NOT NULL,
    plain_text      TEXT        NOT NULL,
    tables          JSONB       NOT NULL DEFAULT '[]',
    links           JSONB       NOT NULL DEFAULT '[]',
    images          JSONB       NOT NULL DEFAULT '[]',
    metadata        JSONB       NOT NULL DEFAULT '{}',
    warnings        JSONB       NOT NULL DEFAULT '[]',
    content_hash    TEXT        NOT NULL,
    natural_key     TEXT,
    ingested_at     TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    -- Ordering key of feeds: articles without a date sort last.
    feed_at         TIMESTAMPTZ GENERATED ALWAYS AS (COALESCE(published_at, '0001-01-01 00:00:00+00'::timestamptz)) STORED,
    -- Weighted tsvector of pre-segmented, script-folded text (title A, tags B, summary C, body D); written by the service.
    search_vector   TSVECTOR    NOT NULL DEFAULT ''::tsvector
);

CREATE UNIQUE INDEX article_canonical_url_uq ON article (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX article_content_hash_idx ON article (content_hash);
CREATE INDEX article_natural_key_idx ON article (natural_key) WHERE natural_key IS NOT NULL;
CREATE INDEX article_search_idx ON article USING GIN (search_vector);
CREATE INDEX article_tags_idx ON article USING GIN (tags jsonb_path_ops);
CREATE INDEX article_feed_idx ON article (feed_at DESC, id DESC);
CREATE INDEX article_category_idx ON article (category);
CREATE INDEX article_source_idx ON article (source);
CREATE INDEX article_language_idx ON article (language);
