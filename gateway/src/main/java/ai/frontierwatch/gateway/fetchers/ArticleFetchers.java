package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.ArticleDtos.SearchDto;
import ai.frontierwatch.gateway.client.ArticlesClient;
import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.schema.ArticleMapping;
import ai.frontierwatch.gateway.schema.ArticleTypes.Article;
import ai.frontierwatch.gateway.schema.ArticleTypes.ArticleFacets;
import ai.frontierwatch.gateway.schema.ArticleTypes.ArticleSearchConnection;
import ai.frontierwatch.gateway.schema.ArticleTypes.ArticleSearchEdge;
import ai.frontierwatch.gateway.schema.Language;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Articles and the news feed: one search call plus one batched article lookup per page. */
@GraphQLApi
public class ArticleFetchers {

    private final ArticlesClient articles;
    private final ArticleLookup lookup;
    private final Offload offload;

    public ArticleFetchers(ArticlesClient articles, ArticleLookup lookup, Offload offload) {
        this.articles = articles;
        this.lookup = lookup;
        this.offload = offload;
    }

    @Query("article")
    @Description("An article by id; null when there is none.")
    public CompletionStage<Article> article(@Name("id") @Id @NonNull @Description("The article's id") String id) {
        return offload.run(() -> Downstream.call(ArticlesClient.SERVICE, () -> articles.article(id))
                .map(ArticleMapping::article).orElse(null));
    }

    @Query("searchArticles")
    @Description("Full-text search over titles, bodies and tags, in Chinese (either script finds both) and English, "
            + "with filters and facets; newest first when no query is given; cursor-paginated.")
    public CompletionStage<@NonNull ArticleSearchConnection> searchArticles(
            @Name("query") @Description("Words to look for") String query,
            @Name("language") @Description("Only articles in this language") Language language,
            @Name("category") @Description("Only this category, exactly as `Article.category` gives it") String category,
            @Name("tag") @Description("Only articles with this tag, exactly as written") String tag,
            @Name("source") @Description("Only this outlet, exactly as `Article.source` gives it") String source,
            @Name("from") @Description("Published on or after") LocalDate from,
            @Name("to") @Description("Published on or before") LocalDate to,
            @Name("first") @Description("Page size, 1 to 100 (default 20)") Integer first,
            @Name("after") @Description("Cursor to continue after") String after) {
        return offload.run(() -> search(query, language, category, tag, source, from, to, first, after));
    }

    private ArticleSearchConnection search(String query, Language language, String category, String tag,
            String source, LocalDate from, LocalDate to, Integer first, String after) throws GraphQLException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ai.frontierwatch.gateway.error.BadUserInputException("from", "is after `to`");
        }
        PageRequest request = PageRequest.of(first, after);
        SearchDto found = Downstream.call(ArticlesClient.SERVICE, () -> articles.search(query,
                language == null ? null : language.tag(), category, tag, source, from, to, request.downstreamAfter(),
                request.downstreamLimit()));
        PageRequest.Page<JsonNode> page = request.page(found.hits(), found.nextCursor());
        List<String> ids = page.edges().stream().map(e -> ArticleMapping.hitArticleId(e.node())).toList();
        Map<String, Article> byId = lookup.byIds(ids);
        List<ArticleSearchEdge> edges = new ArrayList<>();
        for (PageRequest.Edge<JsonNode> edge : page.edges()) {
            Article article = byId.get(ArticleMapping.hitArticleId(edge.node()));
            if (article != null) {
                JsonNode score = edge.node().get("score");
                edges.add(new ArticleSearchEdge(article, edge.cursor(), ArticleMapping.hitSnippet(edge.node()),
                        score == null || score.isNull() ? null : score.asDouble()));
            }
        }
        JsonNode facets = found.facets();
        Integer total = found.total() == null ? null : found.total().intValue();
        return new ArticleSearchConnection(edges, page.pageInfo(),
                new ArticleFacets(ArticleMapping.facet(facets, "categories", "category"),
                        ArticleMapping.facet(facets, "tags", "tag"),
                        ArticleMapping.facet(facets, "languages", "language"),
                        ArticleMapping.facet(facets, "months", "month")),
                total,
                // an articles-service without the flags counted every hit
                found.exact() == null || found.exact(),
                found.facetsCounted() != null ? found.facetsCounted() : total != null ? total : 0);
    }
}
