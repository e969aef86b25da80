-- What insights-service has announced on fw.insights.v1, so that each change is announced once however often
-- the events behind it are delivered. Not derived from the topics: a rebuild keeps it (and announces nothing).

-- The leader last announced (or silently recorded) per leaderboard: one benchmark under one conditions key.
CREATE TABLE board_leader (
    benchmark_id TEXT             NOT NULL,
    conditions   TEXT             NOT NULL,
    model_id     TEXT             NOT NULL,
    result_id    TEXT             NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    updated_at   TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (benchmark_id, conditions)
);
CREATE INDEX board_leader_result ON board_leader (result_id);
-- The best result of a board is read after every result event: an index walk, not a scan of the benchmark.
CREATE INDEX benchmark_result_board ON benchmark_result (benchmark_id, conditions, value) WHERE NOT deleted;

-- Claims already announced as conflicting with the record.
CREATE TABLE claim_conflict_announced (
    claim_id     UUID PRIMARY KEY,
    announced_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Versions of announcement events: increasing, hence increasing per aggregate too.
CREATE SEQUENCE announcement_version;
