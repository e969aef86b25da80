package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.CatalogDtos.ModelDto;
import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.ModelsClient;
import ai.frontierwatch.gateway.schema.CatalogMapping;
import ai.frontierwatch.gateway.schema.CatalogTypes.BenchmarkResult;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.CatalogTypes.Vendor;
import ai.frontierwatch.gateway.schema.Connections.ModelConnection;
import ai.frontierwatch.gateway.schema.Connections.ModelEdge;
import ai.frontierwatch.gateway.schema.Modality;
import ai.frontierwatch.gateway.schema.ModelStatus;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Models: lookups, listing, and the model's catalogue relations, each batched over all models of a level. */
@GraphQLApi
public class ModelFetchers {

    private final ModelsClient models;
    private final Offload offload;
    private final CatalogLookup catalog;
    private final ModelLookup anyModels;

    public ModelFetchers(ModelsClient models, Offload offload, CatalogLookup catalog, ModelLookup anyModels) {
        this.catalog = catalog;
        this.models = models;
        this.offload = offload;
        this.anyModels = anyModels;
    }

    @Query("model")
    @Description("A model by id or by slug (give exactly one), also a discovered model or family by its "
            + "`discovered:…`/`family:…` id; null when there is none.")
    public CompletionStage<Model> model(@Name("id") @Id @Description("The model's id, or a `discovered:…`/`family:…` id") String id,
            @Name("slug") @Description("The model's slug, e.g. \"gpt-5-2\"") String slug) {
        return offload.run(() -> {
            String key = Arguments.idOrSlug(id, slug);
            if (ModelStatus.ofId(key) != ModelStatus.CONFIRMED) {
                return anyModels.models(List.of(key)).get(key);
            }
            return catalog.model(key).orElse(null);
        });
    }

    @Query("models")
    @Description("Models, by slug, optionally filtered; cursor-paginated.")
    public CompletionStage<@NonNull ModelConnection> models(
            @Name("vendor") @Description("Vendor id or slug") String vendor,
            @Name("modality") @Description("Only models of this modality") Modality modality,
            @Name("openWeights") @Description("Only models whose weights can (true) or cannot (false) be downloaded") Boolean openWeights,
            @Name("first") @Description("Page size, 1 to 100 (default 20), paging forward") Integer first,
            @Name("after") @Description("Cursor to continue after, paging forward") String after,
            @Name("last") @Description("Page size, 1 to 100 (default 20), paging backward: the last models, or the "
                    + "models right before `before`") Integer last,
            @Name("before") @Description("Cursor to continue before, paging backward") String before) {
        return offload.run(() -> {
            PageRequest request = PageRequest.of(first, after, last, before);
            PageDto<ModelDto> page = Downstream.call(ModelsClient.SERVICE, () -> models.models(vendor,
                    modality == null ? null : modality.name(), openWeights, CatalogPages.window(request)));
            PageRequest.Page<ModelDto> result = request.page(page);
            return new ModelConnection(
                    result.edges().stream().map(e -> new ModelEdge(CatalogMapping.model(e.node()), e.cursor())).toList(),
                    result.pageInfo(), CatalogPages.total(page));
        });
    }

    @Description("Who makes the model.")
    public CompletionStage<List<Vendor>> vendor(@Source List<Model> parents) {
        return offload.run(() -> Batches.align(parents, Model::vendorId,
                catalog.vendors(Batches.keys(parents, Model::vendorId))));
    }

    @Description("Every recorded benchmark result of the model, with sources; none for a model not in the catalogue.")
    public CompletionStage<List<List<@NonNull BenchmarkResult>>> results(@Source List<Model> parents) {
        return offload.run(() -> Batches.alignLists(parents, Model::catalogueId,
                catalog.resultsOfModels(Batches.keys(parents, Model::catalogueId))));
    }
}
