package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.BenchmarkResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<BenchmarkResult, UUID> {

    /** Results that describe the same measurement target: same model, benchmark and conditions. */
    public List<BenchmarkResult> findSameTarget(UUID modelId, UUID benchmarkId, String conditions) {
        return list("modelId = ?1 and benchmarkId = ?2 and conditions = ?3 order by createdAt, id", modelId,
                benchmarkId, conditions);
    }

    /** What a measurement is about: results with the same target are the same measurement or rival ones. */
    public record Target(UUID modelId, UUID benchmarkId, String conditions) {
    }

    /**
     * The results of each target, oldest first, read with one query (targets travel as three arrays); a
     * target without results is absent from the map.
     */
    public Map<Target, List<BenchmarkResult>> findSameTargets(Collection<Target> targets) {
        Map<Target, List<BenchmarkResult>> byTarget = new HashMap<>();
        Set<Target> distinct = new LinkedHashSet<>(targets);
        if (distinct.isEmpty()) {
            return byTarget;
        }
        @SuppressWarnings("unchecked")
        List<BenchmarkResult> found = getEntityManager().createNativeQuery("""
                SELECT r.* FROM benchmark_result r
                JOIN unnest(cast(?1 AS uuid[]), cast(?2 AS uuid[]), cast(?3 AS text[])) AS t (m, b, c)
                  ON r.model_id = t.m AND r.benchmark_id = t.b AND r.conditions = t.c
                ORDER BY r.created_at, r.id""", BenchmarkResult.class)
                .setParameter(1, arrayLiteral(distinct.stream().map(t -> t.modelId().toString()).toList()))
                .setParameter(2, arrayLiteral(distinct.stream().map(t -> t.benchmarkId().toString()).toList()))
                .setParameter(3, arrayLiteral(distinct.stream().map(Target::conditions).toList()))
                .getResultList();
        for (BenchmarkResult r : found) {
            byTarget.computeIfAbsent(new Target(r.modelId, r.benchmarkId, r.conditions), t -> new ArrayList<>())
                    .add(r);
        }
        return byTarget;
    }

    /**
     * Locks (model, benchmark) pairs until the transaction ends, in the order of their lock keys, so that writers
     * locking overlapping sets cannot deadlock. The ordered subquery is not flattened, so the locks are taken in
     * its order.
     */
    public void lockPairs(Collection<String> pairKeys) {
        getEntityManager().createNativeQuery("""
                SELECT count(pg_advisory_xact_lock(h)) FROM (
                  SELECT DISTINCT hashtextextended(k, 7) AS h FROM unnest(cast(?1 AS text[])) AS k ORDER BY h) AS keys""")
                .setParameter(1, arrayLiteral(List.copyOf(pairKeys)))
                .getSingleResult();
    }

    private static final String INSERT_ALL = """
            INSERT INTO benchmark_result (id, model_id, benchmark_id, value, stderr, lower_bound, upper_bound,
                                          conditions, measured_on, disputed, sources, version, created_at, updated_at)
            SELECT * FROM unnest(cast(?1 AS uuid[]), cast(?2 AS uuid[]), cast(?3 AS uuid[]), cast(?4 AS float8[]),
                                 cast(?5 AS float8[]), cast(?6 AS float8[]), cast(?7 AS float8[]), cast(?8 AS text[]),
                                 cast(?9 AS date[]), cast(?10 AS boolean[]), cast(?11 AS jsonb[]), cast(?12 AS bigint[]),
                                 cast(?13 AS timestamptz[]), cast(?14 AS timestamptz[]))""";

    /**
     * Sources as Hibernate writes them (its default JSON mapping), so both writers store the same form: not the
     * injected Quarkus mapper, which Hibernate here does not use ({@code mapping.format.global=ignore}) and whose
     * settings differ (dates as text).
     */
    private static final ObjectMapper SOURCES_JSON = new ObjectMapper().findAndRegisterModules();

    /**
     * Inserts new results in one statement, each column bound as one array: an import chunk's results without
     * the persistence context's per-entity work. The results are not managed afterwards; their version is 0.
     */
    public void insertAll(List<BenchmarkResult> created) {
        if (created.isEmpty()) {
            return;
        }
        int n = created.size();
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < 14; c++) {
            columns.add(new ArrayList<>(n));
        }
        for (BenchmarkResult r : created) {
            String[] row = {r.id.toString(), r.modelId.toString(), r.benchmarkId.toString(), Double.toString(r.value),
                    str(r.stderr), str(r.lowerBound), str(r.upperBound), r.conditions, str(r.measuredOn),
                    Boolean.toString(r.disputed), sourcesJson(r), Long.toString(r.version), r.createdAt.toString(),
                    r.updatedAt.toString()};
            for (int c = 0; c < row.length; c++) {
                columns.get(c).add(row[c]);
            }
        }
        var insert = getEntityManager().createNativeQuery(INSERT_ALL);
        for (int c = 0; c < columns.size(); c++) {
            insert.setParameter(c + 1, arrayLiteral(columns.get(c)));
        }
        insert.executeUpdate();
    }

    private static String sourcesJson(BenchmarkResult r) {
        try {
            return SOURCES_JSON.writeValueAsString(r.sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sources of result " + r.id + " cannot be written", e);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** A PostgreSQL array literal with every element quoted, so commas, braces and quotes stay inside. */
    static String arrayLiteral(List<String> elements) {
        StringBuilder out = new StringBuilder("{");
        for (String e : elements) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (e == null) {
                out.append("NULL");
            } else {
                out.append('"').append(e.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.append('}').toString();
    }

    /** Every result of any of these models on any of these benchmarks, to check a whole batch at once. */
    public List<BenchmarkResult> findForPairs(Collection<UUID> modelIds, Collection<UUID> benchmarkIds) {
        if (modelIds.isEmpty() || benchmarkIds.isEmpty()) {
            return List.of();
        }
        return list("modelId in ?1 and benchmarkId in ?2 order by createdAt, id", modelIds, benchmarkIds);
    }

    public long countForModel(UUID modelId) {
        return count("modelId", modelId);
    }

    public long countForBenchmark(UUID benchmarkId) {
        return count("benchmarkId", benchmarkId);
    }
}
