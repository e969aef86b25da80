package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.Benchmark;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BenchmarkRepository extends CatalogRepository<Benchmark> {

    @Override
    protected Class<Benchmark> entityClass() {
        return Benchmark.class;
    }
}
