package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.InsightDtos.DiscoveredDto;
import ai.frontierwatch.gateway.client.InsightsClient;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.InsightMapping;
import ai.frontierwatch.gateway.schema.ModelStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * Models by id wherever they are known, for relations whose ids come from articles (mentions, claims, trends): catalogue
 * models through {@link CatalogLookup}, names known only from articles (discovered models and families) from
 * insights-service, each kind with one batched call for all ids of a query level. Discovered names are read fresh:
 * insights-service revises them with every article.
 */
@ApplicationScoped
public class ModelLookup {

    private final CatalogLookup catalog;
    private final InsightsClient insights;

    public ModelLookup(CatalogLookup catalog, InsightsClient insights) {
        this.catalog = catalog;
        this.insights = insights;
    }

    /** The models of these ids that exist, by id. */
    public Map<String, Model> models(Collection<String> ids) throws GraphQLException {
        Map<String, Model> found = new HashMap<>(catalog.models(Batches.keys(ids, ModelStatus::catalogueId)));
        discovered(Batches.keys(ids, ModelStatus::discoveredId)).forEach((id, d) -> found.put(id, InsightMapping.model(d)));
        return found;
    }

    /** The discovered models and families of these ids that insights-service knows, by id; no call for none. */
    public Map<String, DiscoveredDto> discovered(Collection<String> ids) throws GraphQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Batches.byKey(Downstream.call(InsightsClient.SERVICE, () -> insights.discoveredByIds(ids)),
                DiscoveredDto::id);
    }
}
