-- A revision per benchmark, bumped in the transaction that changes any of its results (and with a refresh of its
-- best results): a leaderboard or history computed at a revision stays valid until the benchmark's revision or the
-- catalogue revision (names, slugs, directions) changes. Every instance reads it from here, so an answer cached by
-- one instance is dropped when another applies a change. Numbers come from a sequence and are never used twice.
-- Not cleared by a rebuild: that bumps the catalogue revision, and the replay bumps every benchmark again.
CREATE SEQUENCE board_revision_sequence;
CREATE TABLE board_revision (
    benchmark_id TEXT PRIMARY KEY,
    revision     BIGINT NOT NULL
);
