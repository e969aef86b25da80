package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.ModelsClient;
import ai.frontierwatch.gateway.schema.CatalogMapping;
import ai.frontierwatch.gateway.schema.CatalogTypes.Benchmark;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.CatalogTypes.Vendor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.graphql.GraphQLException;

/** One batched catalogue lookup per relation and query level, for the resolvers of every area. */
@ApplicationScoped
public class CatalogLookup {

    private final ModelsClient models;

    public CatalogLookup(ModelsClient models) {
        this.models = models;
    }

    public Map<String, Model> models(Collection<String> ids) throws GraphQLException {
        var found = Downstream.call(ModelsClient.SERVICE, () -> models.modelsByIds(ids));
        return Batches.byKey(found.stream().map(CatalogMapping::model).toList(), Model::id);
    }

    public Map<String, Benchmark> benchmarks(Collection<String> ids) throws GraphQLException {
        var found = Downstream.call(ModelsClient.SERVICE, () -> models.benchmarksByIds(ids));
        return Batches.byKey(found.stream().map(CatalogMapping::benchmark).toList(), Benchmark::id);
    }

    public Map<String, Vendor> vendors(Collection<String> ids) throws GraphQLException {
        var found = Downstream.call(ModelsClient.SERVICE, () -> models.vendorsByIds(ids));
        return Batches.byKey(found.stream().map(CatalogMapping::vendor).toList(), Vendor::id);
    }
}
