-- One counter bumped whenever a vendor, model or benchmark changes (same transaction): the matcher's cached
-- catalogue is valid while the counter is unchanged. Cheaper than summarising catalog_entity per article.
CREATE TABLE catalog_revision (
    id       INT PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
