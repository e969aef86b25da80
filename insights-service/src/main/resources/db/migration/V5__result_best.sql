-- Each model's best result per benchmark and conditions key, as Ranking.bestFirst orders them (by value, lowest
-- first on a lower-is-better benchmark; then earliest measured; then id). Leaderboards, ranks, comparisons and
-- the leader check read it instead of sorting every result of a benchmark. Derived from benchmark_result and the
-- benchmarks' direction in catalog_entity; kept by the consumer in the transaction that changes either, rebuilt
-- with them. Boards "as of" a date are not served from it: they read benchmark_result.
CREATE TABLE result_best (
    benchmark_id TEXT             NOT NULL,
    conditions   TEXT             NOT NULL,
    model_id     TEXT             NOT NULL,
    result_id    TEXT             NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    stderr       DOUBLE PRECISION,
    lower_bound  DOUBLE PRECISION,
    upper_bound  DOUBLE PRECISION,
    measured_on  DATE,
    disputed     BOOLEAN          NOT NULL,
    sources      JSONB            NOT NULL,
    PRIMARY KEY (benchmark_id, conditions, model_id)
);
-- The leader of a board: the first entry of this index in the benchmark's direction.
CREATE INDEX result_best_board ON result_best (benchmark_id, conditions, value);
CREATE INDEX result_best_model ON result_best (model_id);

-- One model's results on one benchmark: what a best row is chosen from, and what a claim is checked against.
CREATE INDEX benchmark_result_model_benchmark ON benchmark_result (model_id, benchmark_id, conditions) WHERE NOT deleted;
-- Superseded: the index above starts with model_id, and leaders are read from result_best.
DROP INDEX benchmark_result_model;
DROP INDEX benchmark_result_board;

INSERT INTO result_best (benchmark_id, conditions, model_id, result_id, value, stderr, lower_bound, upper_bound,
                         measured_on, disputed, sources)
SELECT DISTINCT ON (r.benchmark_id, r.conditions, r.model_id) r.benchmark_id, r.conditions, r.model_id, r.id, r.value,
       r.stderr, r.lower_bound, r.upper_bound, r.measured_on, r.disputed, r.sources
FROM benchmark_result r
LEFT JOIN catalog_entity b ON b.id = r.benchmark_id AND b.kind = 'BENCHMARK' AND NOT b.deleted
WHERE NOT r.deleted
ORDER BY r.benchmark_id, r.conditions, r.model_id,
         CASE WHEN b.payload->>'higherIsBetter' = 'false' THEN r.value END ASC,
         CASE WHEN b.payload->>'higherIsBetter' = 'false' THEN NULL ELSE r.value END DESC,
         r.measured_on ASC NULLS LAST, r.id COLLATE "C";
