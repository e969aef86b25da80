package ai.frontierwatch.insights.repository;

import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.insights.domain.RecordedResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Benchmark results on record, as received from catalogue events; the input of every ranking. Next to them,
 * {@code result_best} keeps each model's best result per benchmark and conditions key (the only results a
 * current leaderboard, rank or comparison can show), refreshed here in the transaction that changes a result or a
 * benchmark's direction. Boards "as of" a date are computed from all results (they are rarer, and the best result
 * on a past date is not kept).
 */
@ApplicationScoped
public class ResultStore {

    private static final String COLUMNS = """
            SELECT id, model_id, benchmark_id, value, stderr, lower_bound, upper_bound, conditions, measured_on,
                   disputed, CAST(NULL AS text) FROM benchmark_result""";

    /**
     * Chooses the best result per (benchmark, conditions, model) among {@code benchmark_result} rows matching
     * {@code %s} (parameter ?1 is the benchmark), in the benchmark's direction as the catalogue states it (higher
     * is better when the benchmark is unknown), and makes {@code result_best} hold exactly those rows for the
     * keys the filter covers: rows whose key has no live result left are deleted, rows that did not change are
     * not written.
     */
    private static final String REFRESH = """
            WITH direction AS (
                SELECT EXISTS (SELECT 1 FROM catalog_entity WHERE id = ?1 AND kind = 'BENCHMARK' AND NOT deleted
                               AND payload->>'higherIsBetter' = 'false') AS lower),
            best AS (
                SELECT DISTINCT ON (r.conditions, r.model_id) r.benchmark_id, r.conditions, r.model_id, r.id, r.value,
                       r.stderr, r.lower_bound, r.upper_bound, r.measured_on, r.disputed, r.sources
                FROM benchmark_result r, direction d
                WHERE NOT r.deleted AND r.benchmark_id = ?1 %1$s
                ORDER BY r.conditions, r.model_id, CASE WHEN d.lower THEN r.value END ASC,
                         CASE WHEN d.lower THEN NULL ELSE r.value END DESC, r.measured_on ASC NULLS LAST,
                         r.id COLLATE "C"),
            gone AS (
                DELETE FROM result_best x WHERE x.benchmark_id = ?1 %2$s
                    AND NOT EXISTS (SELECT 1 FROM best b WHERE b.conditions = x.conditions AND b.model_id = x.model_id))
            INSERT INTO result_best (benchmark_id, conditions, model_id, result_id, value, stderr, lower_bound,
                                     upper_bound, measured_on, disputed, sources)
            SELECT * FROM best
            ON CONFLICT (benchmark_id, conditions, model_id) DO UPDATE SET result_id = excluded.result_id,
                value = excluded.value, stderr = excluded.stderr, lower_bound = excluded.lower_bound,
                upper_bound = excluded.upper_bound, measured_on = excluded.measured_on, disputed = excluded.disputed,
                sources = excluded.sources
            WHERE (result_best.result_id, result_best.value, result_best.stderr, result_best.lower_bound,
                   result_best.upper_bound, result_best.measured_on, result_best.disputed, result_best.sources)
                  IS DISTINCT FROM (excluded.result_id, excluded.value, excluded.stderr, excluded.lower_bound,
                   excluded.upper_bound, excluded.measured_on, excluded.disputed, excluded.sources)""";

    private static final String REFRESH_KEY = REFRESH.formatted("AND r.model_id = ?2 AND r.conditions = ?3",
            "AND x.model_id = ?2 AND x.conditions = ?3");

    private static final String REFRESH_BENCHMARK = REFRESH.formatted("", "");

    private static final String BEST_COLUMNS = """
            SELECT result_id, model_id, benchmark_id, value, stderr, lower_bound, upper_bound, conditions, measured_on,
                   disputed, %s FROM result_best""";

    /** A place on a leaderboard: one model under one conditions key of one benchmark. */
    public record BoardKey(String benchmarkId, String conditions, String modelId) {
    }

    /**
     * The outcome of writing a result event: whether it was applied (not older than what is stored) and the board
     * key the result was live under before (null: new, or deleted before).
     */
    public record Written(boolean applied, BoardKey before) {
    }

    private final EntityManager em;

    public ResultStore(EntityManager em) {
        this.em = em;
    }

    public Written upsert(BenchmarkResultState r, long version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                INSERT INTO benchmark_result (id, model_id, benchmark_id, value, stderr, lower_bound, upper_bound,
                    conditions, measured_on, disputed, sources, version, deleted)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?11 AS jsonb), ?12, false)
                ON CONFLICT (id) DO UPDATE SET model_id = excluded.model_id, benchmark_id = excluded.benchmark_id,
                    value = excluded.value, stderr = excluded.stderr, lower_bound = excluded.lower_bound,
                    upper_bound = excluded.upper_bound, conditions = excluded.conditions,
                    measured_on = excluded.measured_on, disputed = excluded.disputed, sources = excluded.sources,
                    version = excluded.version, deleted = false
                WHERE benchmark_result.version <= excluded.version
                RETURNING old.benchmark_id, old.conditions, old.model_id, old.deleted""")
                .setParameter(1, r.id()).setParameter(2, r.modelId()).setParameter(3, r.benchmarkId())
                .setParameter(4, r.value()).setParameter(5, r.stderr()).setParameter(6, r.lowerBound())
                .setParameter(7, r.upperBound()).setParameter(8, conditions(r))
                .setParameter(9, r.measuredOn() == null ? null : Date.valueOf(r.measuredOn()))
                .setParameter(10, r.disputed()).setParameter(11, Rows.toJson(r.sources() == null ? List.of() : r.sources()))
                .setParameter(12, version).getResultList();
        return written(rows);
    }

    /** A tombstone: an older upsert arriving later must not bring the result back. */
    public Written delete(String id, long version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                INSERT INTO benchmark_result (id, model_id, benchmark_id, value, version, deleted)
                VALUES (?1, '', '', 0, ?2, true)
                ON CONFLICT (id) DO UPDATE SET deleted = true, version = excluded.version
                WHERE benchmark_result.version <= excluded.version
                RETURNING old.benchmark_id, old.conditions, old.model_id, old.deleted""")
                .setParameter(1, id).setParameter(2, version).getResultList();
        return written(rows);
    }

    private static Written written(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new Written(false, null);
        }
        Object[] old = rows.get(0);
        boolean live = old[0] != null && Boolean.FALSE.equals(old[3]);
        return new Written(true, live ? new BoardKey((String) old[0], (String) old[1], (String) old[2]) : null);
    }

    /** The board key a result state is live under. */
    public static BoardKey keyOf(BenchmarkResultState r) {
        return new BoardKey(r.benchmarkId(), conditions(r), r.modelId());
    }

    private static String conditions(BenchmarkResultState r) {
        return r.conditions() == null ? "" : r.conditions();
    }

    /** Makes the best result of one model under one conditions key of one benchmark current. */
    public void refreshBest(BoardKey key) {
        em.createNativeQuery(REFRESH_KEY).setParameter(1, key.benchmarkId()).setParameter(2, key.modelId())
                .setParameter(3, key.conditions()).executeUpdate();
    }

    /**
     * Makes every best result of a benchmark current (after its direction may have changed, or a bulk load), and
     * bumps its board revision.
     */
    public void refreshBest(String benchmarkId) {
        em.createNativeQuery(REFRESH_BENCHMARK).setParameter(1, benchmarkId).executeUpdate();
        touchBoards(List.of(benchmarkId));
    }

    /**
     * Gives the benchmarks new board revisions, in the transaction that changes their results: answers computed
     * from their results before are no longer used (see {@code BoardCache}). Rows are locked in id order.
     */
    public void touchBoards(Collection<String> benchmarkIds) {
        String[] ids = benchmarkIds.stream().distinct().sorted().toArray(String[]::new);
        if (ids.length == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO board_revision (benchmark_id, revision)
                    SELECT b, nextval('board_revision_sequence') FROM unnest(?) AS b ORDER BY b
                    ON CONFLICT (benchmark_id) DO UPDATE SET revision = excluded.revision""")) {
                upsert.setArray(1, connection.createArrayOf("text", ids));
                upsert.executeUpdate();
            }
        });
    }

    /** The board revision of each benchmark that has one (a benchmark never changed has none: 0). */
    public Map<String, Long> boardRevisions(Collection<String> benchmarkIds) {
        if (benchmarkIds.isEmpty()) {
            return Map.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT benchmark_id, revision FROM board_revision WHERE benchmark_id = ANY(?)")) {
                select.setArray(1, connection.createArrayOf("text", benchmarkIds.toArray()));
                Map<String, Long> out = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return out;
            }
        });
    }

    /** Every live result of the benchmarks, without sources (state-of-the-art history does not show them). */
    public List<RecordedResult> forBenchmarks(Collection<String> benchmarkIds) {
        return query(COLUMNS + " WHERE NOT deleted AND benchmark_id = ANY(?1)", benchmarkIds);
    }

    /** Live results of the given models on the given benchmarks (without sources), by id. Plain JDBC: runs per article. */
    public List<RecordedResult> ofModelsOnBenchmarks(Collection<String> modelIds, Collection<String> benchmarkIds) {
        if (modelIds.isEmpty() || benchmarkIds.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, model_id, benchmark_id, value, stderr, lower_bound, upper_bound, conditions, measured_on,
                           disputed FROM benchmark_result
                    WHERE NOT deleted AND model_id = ANY(?) AND benchmark_id = ANY(?) ORDER BY id""")) {
                select.setArray(1, connection.createArrayOf("text", modelIds.toArray()));
                select.setArray(2, connection.createArrayOf("text", benchmarkIds.toArray()));
                List<RecordedResult> out = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RecordedResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                                (Double) rs.getObject(5), (Double) rs.getObject(6), (Double) rs.getObject(7),
                                rs.getString(8), rs.getObject(9, LocalDate.class), rs.getBoolean(10),
                                null));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The best result of each model under each conditions key on the given benchmarks, visible on {@code asOf}
     * (measured on or before it; null: all). Everything a leaderboard or rank is computed from, without the
     * results that cannot change it. Best: as {@code Ranking.bestFirst}, by value (lowest first on
     * {@code lowerIsBetter} benchmarks), then earliest measured, then id. Sources are read when
     * {@code withSources}.
     */
    public List<RecordedResult> bestForBenchmarks(Collection<String> benchmarkIds, Collection<String> lowerIsBetter,
            LocalDate asOf, boolean withSources) {
        if (asOf == null) {
            return best("benchmark_id = ANY(?1)", benchmarkIds, withSources);
        }
        return bestAsOf("benchmark_id = ANY(?1)", benchmarkIds, lowerIsBetter, asOf, withSources);
    }

    /** As {@link #bestForBenchmarks}, for the given models on every benchmark they have results on (no sources). */
    public List<RecordedResult> bestForModels(Collection<String> modelIds, Collection<String> lowerIsBetter,
            LocalDate asOf) {
        if (asOf == null) {
            return best("model_id = ANY(?1)", modelIds, false);
        }
        return bestAsOf("model_id = ANY(?1)", modelIds, lowerIsBetter, asOf, false);
    }

    /** As {@link #bestForBenchmarks}, on every benchmark where any of the models has a result (no sources). */
    public List<RecordedResult> bestOnBenchmarksOf(Collection<String> modelIds, Collection<String> lowerIsBetter,
            LocalDate asOf) {
        if (asOf == null) {
            return best("benchmark_id IN (SELECT benchmark_id FROM result_best WHERE model_id = ANY(?1))", modelIds,
                    false);
        }
        return bestAsOf("""
                benchmark_id IN (SELECT benchmark_id FROM benchmark_result
                                 WHERE NOT deleted AND model_id = ANY(?1))""", modelIds, lowerIsBetter, asOf, false);
    }

    private List<RecordedResult> best(String filter, Collection<String> ids, boolean withSources) {
        return query(BEST_COLUMNS.formatted(withSources ? "CAST(sources AS text)" : "CAST(NULL AS text)") + " WHERE " + filter, ids);
    }

    /**
     * The best result per (benchmark, conditions, model) on a past date, chosen from all results in the database.
     * (Sorting only ids and sort keys and reading the winners' rows afterwards was measured slower: the rows are
     * read either way, by a scan of the benchmark's pages.)
     */
    private List<RecordedResult> bestAsOf(String filter, Collection<String> ids, Collection<String> lowerIsBetter,
            LocalDate asOf, boolean withSources) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = """
                SELECT DISTINCT ON (benchmark_id, conditions, model_id) id, model_id, benchmark_id, value, stderr,
                       lower_bound, upper_bound, conditions, measured_on, disputed, %s
                FROM benchmark_result WHERE NOT deleted AND %s AND measured_on <= ?3
                ORDER BY benchmark_id, conditions, model_id,
                         CASE WHEN benchmark_id = ANY(?2) THEN value END ASC,
                         CASE WHEN benchmark_id = ANY(?2) THEN NULL ELSE value END DESC,
                         measured_on ASC NULLS LAST, id COLLATE "C\"""".formatted(
                withSources ? "CAST(sources AS text)" : "CAST(NULL AS text)", filter);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    sql.replace("?1", "?").replace("?2", "?").replace("?3", "?"))) {
                // JDBC parameters are positional: bound in the order the numbered ones appear.
                int[] order = positions(sql);
                for (int i = 0; i < order.length; i++) {
                    switch (order[i]) {
                        case 1 -> select.setArray(i + 1, connection.createArrayOf("text", ids.toArray()));
                        case 2 -> select.setArray(i + 1, connection.createArrayOf("text", lowerIsBetter.toArray()));
                        default -> select.setObject(i + 1, asOf);
                    }
                }
                try (ResultSet rs = select.executeQuery()) {
                    return read(rs);
                }
            }
        });
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d)");

    /** The numbers of the ?n parameters of a query, in order of appearance. */
    private static int[] positions(String sql) {
        return PARAMETER.matcher(sql).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).toArray();
    }

    /** Runs a result query whose parameter 1 is a text array (plain JDBC: ranking answers read many rows). */
    private List<RecordedResult> query(String sql, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.replace("?1", "?"))) {
                for (int i = 1; i <= positions(sql).length; i++) {
                    select.setArray(i, connection.createArrayOf("text", ids.toArray()));
                }
                try (ResultSet rs = select.executeQuery()) {
                    return read(rs);
                }
            }
        });
    }

    /** Rows of (id, model, benchmark, value, stderr, lower, upper, conditions, measured on, disputed, sources). */
    private static List<RecordedResult> read(ResultSet rs) throws SQLException {
        List<RecordedResult> out = new ArrayList<>();
        while (rs.next()) {
            out.add(new RecordedResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                    (Double) rs.getObject(5), (Double) rs.getObject(6), (Double) rs.getObject(7), rs.getString(8),
                    rs.getObject(9, LocalDate.class), rs.getBoolean(10), rs.getString(11)));
        }
        return out;
    }

    /** The benchmarks with results, for a full refresh of {@code result_best}. */
    public List<String> benchmarksWithResults() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery(
                "SELECT DISTINCT benchmark_id FROM benchmark_result WHERE NOT deleted ORDER BY benchmark_id").getResultList();
        return ids;
    }
}
