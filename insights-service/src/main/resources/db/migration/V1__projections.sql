-- Events already applied: recorded in the same transaction as their effect (idempotent consumers).
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- This service's own copy of the catalogue, kept from catalogue events.
CREATE TABLE catalog_entity (
    id          TEXT PRIMARY KEY,
    kind        TEXT        NOT NULL,
    slug        TEXT,
    name        TEXT,
    payload     JSONB       NOT NULL,
    version     BIGINT      NOT NULL,
    deleted     BOOLEAN     NOT NULL DEFAULT false,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX catalog_entity_kind ON catalog_entity (kind) WHERE NOT deleted;

-- This service's own copy of the articles, kept from article events.
CREATE TABLE article_doc (
    id           TEXT PRIMARY KEY,
    title        TEXT,
    published_at TIMESTAMPTZ,
    language     TEXT,
    payload      JSONB       NOT NULL,
    version      BIGINT      NOT NULL,
    deleted      BOOLEAN     NOT NULL DEFAULT false,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
