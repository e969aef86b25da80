package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.InsightDtos.DiscoveredDto;
import ai.frontierwatch.gateway.client.InsightsClient;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.schema.ArticleTypes.Article;
import ai.frontierwatch.gateway.schema.DiscoveredTypes.DiscoveredEvidence;
import ai.frontierwatch.gateway.schema.DiscoveredTypes.DiscoveredModelConnection;
import ai.frontierwatch.gateway.schema.DiscoveredTypes.DiscoveredModelEdge;
import ai.frontierwatch.gateway.schema.InsightMapping;
import ai.frontierwatch.gateway.schema.ModelStatus;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The editors' queue of names articles use that the catalogue does not know. */
@GraphQLApi
public class DiscoveredFetchers {

    private final InsightsClient insights;
    private final ArticleLookup articles;
    private final Offload offload;

    public DiscoveredFetchers(InsightsClient insights, ArticleLookup articles, Offload offload) {
        this.insights = insights;
        this.articles = articles;
        this.offload = offload;
    }

    @Query("discoveredModels")
    @Description("Model names and families that articles use and the catalogue does not know, the most-read first "
            + "(then by id); cursor-paginated. Editors confirm, merge or dismiss them.")
    public CompletionStage<@NonNull DiscoveredModelConnection> discoveredModels(
            @Name("kind") @Description("DISCOVERED or FAMILY; both when absent") ModelStatus kind,
            @Name("first") @Description("Page size, 1 to 100 (default 20)") Integer first,
            @Name("after") @Description("Cursor to continue after") String after) {
        return offload.run(() -> {
            if (kind == ModelStatus.CONFIRMED) {
                throw new BadUserInputException("kind", "must be DISCOVERED or FAMILY");
            }
            PageRequest request = PageRequest.of(first, after);
            String downstreamKind = kind == null ? null : kind == ModelStatus.FAMILY ? "FAMILY" : "MODEL";
            PageDto<DiscoveredDto> page = Downstream.call(InsightsClient.SERVICE, () -> insights.discoveredQueue(
                    downstreamKind, request.downstreamAfter(), request.downstreamLimit()));
            PageRequest.Page<DiscoveredDto> result = request.page(page.items(), page.nextCursor());
            return new DiscoveredModelConnection(result.edges().stream()
                    .map(e -> new DiscoveredModelEdge(InsightMapping.discovered(e.node()), e.cursor())).toList(),
                    result.pageInfo());
        });
    }

    @Description("The article it was read in.")
    public CompletionStage<List<Article>> article(@Source List<DiscoveredEvidence> parents) {
        return offload.run(() -> Batches.align(parents, DiscoveredEvidence::articleId,
                articles.byIds(Batches.keys(parents, DiscoveredEvidence::articleId))));
    }
}
