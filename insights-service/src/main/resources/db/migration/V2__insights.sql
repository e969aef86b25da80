-- Catalogue names and article text in the folded, separator-free form the matcher uses: lets a catalogue
-- change find the articles that may name the changed entity (re-linking) without reading every payload.
ALTER TABLE article_doc ADD COLUMN match_text TEXT;

-- Benchmark results on record, typed for ranking (kept from BENCHMARK_RESULT events, version-guarded).
CREATE TABLE benchmark_result (
    id            TEXT PRIMARY KEY,
    model_id      TEXT             NOT NULL,
    benchmark_id  TEXT             NOT NULL,
    value         DOUBLE PRECISION NOT NULL,
    stderr        DOUBLE PRECISION,
    lower_bound   DOUBLE PRECISION,
    upper_bound   DOUBLE PRECISION,
    conditions    TEXT             NOT NULL DEFAULT '',
    measured_on   DATE,
    disputed      BOOLEAN          NOT NULL DEFAULT false,
    sources       JSONB            NOT NULL DEFAULT '[]',
    version       BIGINT           NOT NULL,
    deleted       BOOLEAN          NOT NULL DEFAULT false
);
CREATE INDEX benchmark_result_benchmark ON benchmark_result (benchmark_id) WHERE NOT deleted;
CREATE INDEX benchmark_result_model ON benchmark_result (model_id) WHERE NOT deleted;

-- Derived: which vendors and models each article names (one row per article and entity).
CREATE TABLE mention (
    article_id    TEXT        NOT NULL,
    entity_kind   TEXT        NOT NULL,
    entity_id     TEXT        NOT NULL,
    mention_count INT         NOT NULL,
    positions     JSONB       NOT NULL,
    published_at  TIMESTAMPTZ,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX mention_entity ON mention (entity_id, published_at DESC);

-- Derived: benchmark scores articles state. The id is a function of article and place, so it survives
-- re-derivation and rebuilds (reviews refer to it).
CREATE TABLE claim (
    id             UUID PRIMARY KEY,
    article_id     TEXT             NOT NULL,
    locator        TEXT             NOT NULL,
    origin         TEXT             NOT NULL,
    model_id       TEXT,
    model_name     TEXT,
    benchmark_id   TEXT,
    benchmark_name TEXT,
    value          DOUBLE PRECISION NOT NULL,
    decimals       INT              NOT NULL,
    unit           TEXT,
    conditions     TEXT             NOT NULL DEFAULT '',
    quote          TEXT             NOT NULL,
    quote_start    INT              NOT NULL,
    quote_end      INT              NOT NULL,
    table_index    INT,
    row_index      INT,
    column_index   INT,
    published_at   TIMESTAMPTZ
);
CREATE INDEX claim_article ON claim (article_id);
CREATE INDEX claim_model_benchmark ON claim (model_id, benchmark_id);
CREATE INDEX claim_benchmark ON claim (benchmark_id);

-- Editors' decisions on claims. Not derived: survives rebuilds, so a rejected claim stays rejected.
CREATE TABLE claim_review (
    claim_id           UUID PRIMARY KEY,
    decision           TEXT        NOT NULL,
    note               TEXT,
    recorded_result_id TEXT,
    decided_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
