package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.ModelsClient;
import ai.frontierwatch.gateway.schema.CatalogMapping;
import ai.frontierwatch.gateway.schema.CatalogTypes.Vendor;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/** Vendors. */
@GraphQLApi
public class VendorFetchers {

    private final ModelsClient models;
    private final Offload offload;

    public VendorFetchers(ModelsClient models, Offload offload) {
        this.models = models;
        this.offload = offload;
    }

    @Query("vendor")
    @Description("A vendor by id or by slug (give exactly one); null when there is none.")
    public CompletionStage<Vendor> vendor(@Name("id") @Id @Description("The vendor's id") String id,
            @Name("slug") @Description("The vendor's slug, e.g. \"openai\"") String slug) {
        return offload.run(() -> {
            String key = Arguments.idOrSlug(id, slug);
            return Downstream.call(ModelsClient.SERVICE, () -> models.vendor(key)).map(CatalogMapping::vendor)
                    .orElse(null);
        });
    }
}
