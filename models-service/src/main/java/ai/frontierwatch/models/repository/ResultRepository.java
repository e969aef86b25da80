package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.BenchmarkResult;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<BenchmarkResult, UUID> {

    /** Results that describe the same measurement target: same model, benchmark and conditions. */
    public List<BenchmarkResult> findSameTarget(UUID modelId, UUID benchmarkId, String conditions) {
        return list("modelId = ?1 and benchmarkId = ?2 and conditions = ?3 order by createdAt, id", modelId,
                benchmarkId, conditions);
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
