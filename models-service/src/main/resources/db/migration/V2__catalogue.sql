-- Models, benchmarks, results with their sources, and the folded name index used by identity resolution.
CREATE TABLE model (
    id               UUID PRIMARY KEY,
    slug             TEXT        NOT NULL UNIQUE,
    name             TEXT        NOT NULL,
    vendor_id        UUID REFERENCES vendor (id),
    aliases          JSONB       NOT NULL DEFAULT '[]'::jsonb,
    family           TEXT,
    modality         TEXT,
    release_date     DATE,
    open_weights     BOOLEAN,
    parameter_count  BIGINT,
    context_window   BIGINT,
    price_input      NUMERIC(14, 6),
    price_output     NUMERIC(14, 6),
    price_currency   TEXT,
    price_as_of      DATE,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX model_vendor_idx ON model (vendor_id);
CREATE INDEX model_release_idx ON model (release_date);

CREATE TABLE benchmark (
    id                UUID PRIMARY KEY,
    slug              TEXT        NOT NULL UNIQUE,
    name              TEXT        NOT NULL,
    aliases           JSONB       NOT NULL DEFAULT '[]'::jsonb,
    category          TEXT,
    unit              TEXT        NOT NULL,
    higher_is_better  BOOLEAN     NOT NULL DEFAULT TRUE,
    min_value         DOUBLE PRECISION,
    max_value         DOUBLE PRECISION,
    version           BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE benchmark_result (
    id            UUID PRIMARY KEY,
    model_id      UUID             NOT NULL REFERENCES model (id),
    benchmark_id  UUID             NOT NULL REFERENCES benchmark (id),
    value         DOUBLE PRECISION NOT NULL,
    stderr        DOUBLE PRECISION,
    lower_bound   DOUBLE PRECISION,
    upper_bound   DOUBLE PRECISION,
    conditions    TEXT             NOT NULL DEFAULT '',
    measured_on   DATE,
    disputed      BOOLEAN          NOT NULL DEFAULT FALSE,
    sources       JSONB            NOT NULL DEFAULT '[]'::jsonb,
    version       BIGINT           NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ      NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ      NOT NULL DEFAULT now()
);
CREATE INDEX result_model_idx ON benchmark_result (model_id, benchmark_id, conditions);
CREATE INDEX result_benchmark_idx ON benchmark_result (benchmark_id, measured_on);

-- One row per surface form of an entity (slug, name, each alias), keyed by its folded form.
CREATE TABLE name_key (
    kind       TEXT NOT NULL,
    entity_id  UUID NOT NULL,
    key        TEXT NOT NULL,
    surface    TEXT NOT NULL,
    origin     TEXT NOT NULL,
    PRIMARY KEY (kind, entity_id, key, origin, surface)
);
CREATE INDEX name_key_key_idx ON name_key (key);
