-- Names editors dismissed as models: not proposed again. Keyed by the name's identity key (ModelKey.slug).
CREATE TABLE discovery_dismissal (
    name_key     TEXT PRIMARY KEY,
    dismissed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Discovered models and families are read from mentions by id prefix.
CREATE INDEX mention_provisional ON mention (entity_id text_pattern_ops) WHERE entity_id LIKE 'discovered:%' OR entity_id LIKE 'family:%';
