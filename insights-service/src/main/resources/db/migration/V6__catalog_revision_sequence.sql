-- Catalogue revisions are drawn from a sequence, so a number is never used twice: a revision bumped by a transaction
-- that rolled back (and possibly cached by it) can no longer be taken by a later, different change.
CREATE SEQUENCE catalog_revision_sequence;
SELECT setval('catalog_revision_sequence', (SELECT revision + 1 FROM catalog_revision WHERE id = 1));
