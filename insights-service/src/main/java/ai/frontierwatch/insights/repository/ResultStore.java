package ai.frontierwatch.insights.repository;

import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.insights.domain.RecordedResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Benchmark results on record, as received from catalogue events; the input of every ranking. */
@ApplicationScoped
public class ResultStore {

    private static final String COLUMNS = """
            SELECT id, model_id, benchmark_id, value, stderr, lower_bound, upper_bound, conditions, measured_on,
                   disputed, CAST(sources AS text) FROM benchmark_result""";

    private final EntityManager em;

    public ResultStore(EntityManager em) {
        this.em = em;
    }

    public void upsert(BenchmarkResultState r, long version) {
        em.createNativeQuery("""
                INSERT INTO benchmark_result (id, model_id, benchmark_id, value, stderr, lower_bound, upper_bound,
                    conditions, measured_on, disputed, sources, version, deleted)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?11 AS jsonb), ?12, false)
                ON CONFLICT (id) DO UPDATE SET model_id = excluded.model_id, benchmark_id = excluded.benchmark_id,
                    value = excluded.value, stderr = excluded.stderr, lower_bound = excluded.lower_bound,
                    upper_bound = excluded.upper_bound, conditions = excluded.conditions,
                    measured_on = excluded.measured_on, disputed = excluded.disputed, sources = excluded.sources,
                    version = excluded.version, deleted = false
                WHERE benchmark_result.version <= excluded.version""")
                .setParameter(1, r.id()).setParameter(2, r.modelId()).setParameter(3, r.benchmarkId())
                .setParameter(4, r.value()).setParameter(5, r.stderr()).setParameter(6, r.lowerBound())
                .setParameter(7, r.upperBound()).setParameter(8, r.conditions() == null ? "" : r.conditions())
                .setParameter(9, r.measuredOn() == null ? null : Date.valueOf(r.measuredOn()))
                .setParameter(10, r.disputed()).setParameter(11, Rows.toJson(r.sources() == null ? List.of() : r.sources()))
                .setParameter(12, version).executeUpdate();
    }

    /** A tombstone: an older upsert arriving later must not bring the result back. */
    public void delete(String id, long version) {
        em.createNativeQuery("""
                INSERT INTO benchmark_result (id, model_id, benchmark_id, value, version, deleted)
                VALUES (?1, '', '', 0, ?2, true)
                ON CONFLICT (id) DO UPDATE SET deleted = true, version = excluded.version
                WHERE benchmark_result.version <= excluded.version""")
                .setParameter(1, id).setParameter(2, version).executeUpdate();
    }

    public List<RecordedResult> forBenchmarks(Collection<String> benchmarkIds) {
        return query(COLUMNS + " WHERE NOT deleted AND benchmark_id = ANY(?1)", benchmarkIds);
    }

    /**
     * The best result of each model under each conditions key on the given benchmarks, visible on {@code asOf}
     * (measured on or before it; null: all). Everything a leaderboard or rank is computed from, without the
     * results that cannot change it. Best: as {@code Ranking.bestFirst}, by value (lowest first on
     * {@code lowerIsBetter} benchmarks), then earliest measured, then id.
     */
    public List<RecordedResult> bestForBenchmarks(Collection<String> benchmarkIds, Collection<String> lowerIsBetter,
            LocalDate asOf) {
        return best("benchmark_id = ANY(?1)", benchmarkIds, lowerIsBetter, asOf);
    }

    /** As {@link #bestForBenchmarks}, for the given models on every benchmark they have results on. */
    public List<RecordedResult> bestForModels(Collection<String> modelIds, Collection<String> lowerIsBetter,
            LocalDate asOf) {
        return best("model_id = ANY(?1)", modelIds, lowerIsBetter, asOf);
    }

    /** As {@link #bestForBenchmarks}, on every benchmark where any of the models has a result. */
    public List<RecordedResult> bestOnBenchmarksOf(Collection<String> modelIds, Collection<String> lowerIsBetter,
            LocalDate asOf) {
        return best("""
                benchmark_id IN (SELECT DISTINCT benchmark_id FROM benchmark_result
                                 WHERE NOT deleted AND model_id = ANY(?1))""", modelIds, lowerIsBetter, asOf);
    }

    private List<RecordedResult> best(String filter, Collection<String> ids, Collection<String> lowerIsBetter,
            LocalDate asOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = """
                SELECT DISTINCT ON (benchmark_id, conditions, model_id) id, model_id, benchmark_id, value, stderr,
                       lower_bound, upper_bound, conditions, measured_on, disputed, CAST(sources AS text)
                FROM benchmark_result WHERE NOT deleted AND %s %s
                ORDER BY benchmark_id, conditions, model_id,
                         CASE WHEN benchmark_id = ANY(?2) THEN value END ASC,
                         CASE WHEN benchmark_id = ANY(?2) THEN NULL ELSE value END DESC,
                         measured_on ASC NULLS LAST, id COLLATE "C\"""".formatted(filter,
                asOf == null ? "" : "AND measured_on <= ?3");
        var query = em.createNativeQuery(sql).setParameter(1, ids.toArray(String[]::new))
                .setParameter(2, lowerIsBetter.toArray(String[]::new));
        if (asOf != null) {
            query.setParameter(3, Date.valueOf(asOf));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return read(rows);
    }

    private List<RecordedResult> query(String sql, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, ids.toArray(String[]::new)).getResultList();
        return read(rows);
    }

    private static List<RecordedResult> read(List<Object[]> rows) {
        List<RecordedResult> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new RecordedResult((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).doubleValue(),
                    Rows.number(r[4]), Rows.number(r[5]), Rows.number(r[6]), (String) r[7], Rows.date(r[8]),
                    (Boolean) r[9], (String) r[10]));
        }
        return out;
    }
}
