package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.CatalogDtos.BenchmarkDto;
import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.ModelsClient;
import ai.frontierwatch.gateway.schema.BenchmarkCategory;
import ai.frontierwatch.gateway.schema.CatalogMapping;
import ai.frontierwatch.gateway.schema.CatalogTypes.Benchmark;
import ai.frontierwatch.gateway.schema.CatalogTypes.BenchmarkResult;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.Connections.BenchmarkConnection;
import ai.frontierwatch.gateway.schema.Connections.BenchmarkEdge;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Benchmarks and results: lookups, listing, and relations batched per query level. */
@GraphQLApi
public class BenchmarkFetchers {

    private final ModelsClient models;
    private final Offload offload;
    private final CatalogLookup catalog;

    public BenchmarkFetchers(ModelsClient models, Offload offload, CatalogLookup catalog) {
        this.catalog = catalog;
        this.models = models;
        this.offload = offload;
    }

    @Query("benchmark")
    @Description("A benchmark by id or by slug (give exactly one); null when there is none.")
    public CompletionStage<Benchmark> benchmark(@Name("id") @Id @Description("The benchmark's id") String id,
            @Name("slug") @Description("The benchmark's slug, e.g. \"swe-bench-verified\"") String slug) {
        return offload.run(() -> {
            String key = Arguments.idOrSlug(id, slug);
            return Downstream.call(ModelsClient.SERVICE, () -> models.benchmark(key)).map(CatalogMapping::benchmark)
                    .orElse(null);
        });
    }

    @Query("benchmarks")
    @Description("Benchmarks, by slug, optionally filtered by category; cursor-paginated.")
    public CompletionStage<@NonNull BenchmarkConnection> benchmarks(
            @Name("category") @Description("Only benchmarks of this category") BenchmarkCategory category,
            @Name("first") @Description("Page size, 1 to 100 (default 20), paging forward") Integer first,
            @Name("after") @Description("Cursor to continue after, paging forward") String after,
            @Name("last") @Description("Page size, 1 to 100 (default 20), paging backward: the last benchmarks, or "
                    + "the benchmarks right before `before`") Integer last,
            @Name("before") @Description("Cursor to continue before, paging backward") String before) {
        return offload.run(() -> {
            PageRequest request = PageRequest.of(first, after, last, before);
            PageDto<BenchmarkDto> page = Downstream.call(ModelsClient.SERVICE, () -> models.benchmarks(
                    category == null ? null : category.name(), CatalogPages.window(request)));
            PageRequest.Page<BenchmarkDto> result = request.page(page);
            return new BenchmarkConnection(
                    result.edges().stream().map(e -> new BenchmarkEdge(CatalogMapping.benchmark(e.node()), e.cursor()))
                            .toList(),
                    result.pageInfo(), CatalogPages.total(page));
        });
    }

    @Description("Every recorded result on this benchmark, with sources.")
    public CompletionStage<List<List<@NonNull BenchmarkResult>>> results(@Source List<Benchmark> parents) {
        return offload.run(() -> {
            var ids = Batches.keys(parents, Benchmark::id);
            var results = Downstream.call(ModelsClient.SERVICE, () -> models.resultsOfBenchmarks(ids, null));
            var byBenchmark = Batches.groupBy(results.stream().map(CatalogMapping::result).toList(),
                    BenchmarkResult::benchmarkId);
            return Batches.alignLists(parents, Benchmark::id, byBenchmark);
        });
    }

    @Description("The model that scored this result.")
    public CompletionStage<List<Model>> model(@Source List<BenchmarkResult> parents) {
        return offload.run(() -> Batches.align(parents, BenchmarkResult::modelId,
                catalog.models(Batches.keys(parents, BenchmarkResult::modelId))));
    }

    @Description("The benchmark this result is on.")
    public CompletionStage<List<Benchmark>> benchmark(@Source List<BenchmarkResult> parents) {
        return offload.run(() -> Batches.align(parents, BenchmarkResult::benchmarkId,
                catalog.benchmarks(Batches.keys(parents, BenchmarkResult::benchmarkId))));
    }
}
