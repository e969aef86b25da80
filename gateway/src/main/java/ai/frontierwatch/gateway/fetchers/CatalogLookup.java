package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.contracts.Aggregate;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.ModelsClient;
import ai.frontierwatch.gateway.config.GatewayConfig;
import ai.frontierwatch.gateway.live.LiveFeed;
import ai.frontierwatch.gateway.schema.CatalogMapping;
import ai.frontierwatch.gateway.schema.CatalogTypes.Benchmark;
import ai.frontierwatch.gateway.schema.CatalogTypes.BenchmarkResult;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.CatalogTypes.Vendor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * One batched catalogue lookup per relation and query level, for the resolvers of every area. Vendors, models and
 * benchmarks change rarely and every page names many of them (300 models on a leaderboard), so they are kept by id
 * ({@link EntityCache}) until models-service announces a change of one on the catalogue topic, or for
 * {@code fw.gateway.catalog-cache.ttl} at most. So are a model looked up by slug (dropped on any model change: a slug
 * can move) and a model's results (dropped on any result change: a result can move to another model).
 */
@ApplicationScoped
public class CatalogLookup {

    private final ModelsClient models;
    private final EntityCache<Model> modelCache;
    private final EntityCache<Benchmark> benchmarkCache;
    private final EntityCache<Vendor> vendorCache;
    /** Models by the id or slug they were asked for. */
    private final EntityCache<Model> modelByKeyCache;
    /** Results by model id; a model without results is kept with none. */
    private final EntityCache<List<BenchmarkResult>> resultCache;

    public CatalogLookup(ModelsClient models, GatewayConfig config, LiveFeed feed) {
        this.models = models;
        var settings = config.catalogCache();
        this.modelCache = new EntityCache<>(settings.ttl(), settings.maxEntries(), System::nanoTime);
        this.benchmarkCache = new EntityCache<>(settings.ttl(), settings.maxEntries(), System::nanoTime);
        this.vendorCache = new EntityCache<>(settings.ttl(), settings.maxEntries(), System::nanoTime);
        this.modelByKeyCache = new EntityCache<>(settings.ttl(), settings.maxEntries(), System::nanoTime);
        this.resultCache = new EntityCache<>(settings.ttl(), settings.maxEntries(), System::nanoTime);
        // changes announced from now on drop what they change; missed ones, everything
        feed.follow(this::changed, () -> {
            modelCache.clear();
            benchmarkCache.clear();
            vendorCache.clear();
            modelByKeyCache.clear();
            resultCache.clear();
        });
    }

    public Map<String, Model> models(Collection<String> ids) throws GraphQLException {
        return modelCache.getAll(ids, missing -> Batches.byKey(Downstream.call(ModelsClient.SERVICE,
                () -> models.modelsByIds(missing)).stream().map(CatalogMapping::model).toList(), Model::id));
    }

    /** A model by id or slug, as models-service resolves the key. */
    public Optional<Model> model(String idOrSlug) throws GraphQLException {
        return Optional.ofNullable(modelByKeyCache.getAll(List.of(idOrSlug), missing -> Downstream
                .call(ModelsClient.SERVICE, () -> models.model(idOrSlug)).map(CatalogMapping::model)
                .map(m -> Map.of(idOrSlug, m)).orElse(Map.of())).get(idOrSlug));
    }

    /** Every recorded result of each model (no cut-off date), by model id. */
    public Map<String, List<BenchmarkResult>> resultsOfModels(Collection<String> modelIds) throws GraphQLException {
        return resultCache.getAll(modelIds, missing -> {
            var byModel = Batches.groupBy(Downstream.call(ModelsClient.SERVICE,
                    () -> models.resultsOfModels(missing, null)).stream().map(CatalogMapping::result).toList(),
                    BenchmarkResult::modelId);
            Map<String, List<BenchmarkResult>> all = new HashMap<>();
            missing.forEach(id -> all.put(id, byModel.getOrDefault(id, List.of())));
            return all;
        });
    }

    public Map<String, Benchmark> benchmarks(Collection<String> ids) throws GraphQLException {
        return benchmarkCache.getAll(ids, missing -> Batches.byKey(Downstream.call(ModelsClient.SERVICE,
                () -> models.benchmarksByIds(missing)).stream().map(CatalogMapping::benchmark).toList(), Benchmark::id));
    }

    public Map<String, Vendor> vendors(Collection<String> ids) throws GraphQLException {
        return vendorCache.getAll(ids, missing -> Batches.byKey(Downstream.call(ModelsClient.SERVICE,
                () -> models.vendorsByIds(missing)).stream().map(CatalogMapping::vendor).toList(), Vendor::id));
    }

    /** An editor changed a model through this gateway: its next read goes to the service. */
    public void modelChanged(String id) {
        modelCache.evict(id);
        modelByKeyCache.clear();
    }

    /** An editor recorded or corrected a result through this gateway: results are read from the service again. */
    public void resultChanged() {
        resultCache.clear();
    }

    void changed(EventEnvelope event) {
        Aggregate aggregate = event.type().aggregate();
        switch (aggregate) {
            case MODEL -> {
                modelCache.evict(event.aggregateId());
                modelByKeyCache.clear();
                resultCache.evict(event.aggregateId());
            }
            case BENCHMARK -> benchmarkCache.evict(event.aggregateId());
            case VENDOR -> vendorCache.evict(event.aggregateId());
            case BENCHMARK_RESULT -> resultCache.clear();
            default -> {
                // articles and insights are not kept here
            }
        }
    }
}
