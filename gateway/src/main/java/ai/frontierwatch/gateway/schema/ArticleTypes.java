package ai.frontierwatch.gateway.schema;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Output types of articles and search. */
public final class ArticleTypes {

    private ArticleTypes() {
    }

    @Type("Table")
    @Description("A table of an article, kept as structure.")
    public record Table(
            @Description("Caption or the heading above it") String caption,
            @NonNull @Description("Header cells") List<@NonNull String> header,
            @NonNull @Description("Rows of cells, in document order") List<@NonNull List<@NonNull String>> rows) {
    }

    @Type("Article")
    @Description("An article: what was written, by whom, when, and its structure.")
    public record Article(
            @Id @NonNull @Description("Stable id") String id,
            @NonNull @Description("Title as published") String title,
            @Description("Canonical URL, tracking parameters removed") String url,
            @Description("Outlet or publication") String source,
            @Description("Author as the document names them") String author,
            @Description("Publication time with its offset; null when the document gives none") OffsetDateTime publishedAt,
            @Description("Detected language") Language language,
            @Description("Category given by the source") String category,
            @NonNull @Description("Tags given by the source or the document, as written") List<@NonNull String> tags,
            @Description("Summary or key insight") String summary,
            @NonNull @Description("Key points listed by the document, in its order; empty when it lists none") List<@NonNull String> keyPoints,
            @Description("Body as Markdown") String body,
            @NonNull @Description("Tables, as structure") List<@NonNull Table> tables) implements Node {

        @Override
        @Id
        @NonNull
        @Description(Node.GLOBAL_ID)
        public String getGlobalId() {
            return GlobalId.of(GlobalId.NodeType.Article, id);
        }
    }

    @Type("ArticleSearchEdge")
    @Description("One search hit: the article, where it matched and how well.")
    public record ArticleSearchEdge(
            @NonNull @Description("The article found") Article node,
            @NonNull @Description("Opaque position of this hit; pass it as `after` to continue after it") String cursor,
            @Description("Best matching passage, matched terms wrapped in <mark>…</mark>") String snippet,
            @Description("Relevance to the query, comparable within one search only; higher is better") Double score) {
    }

    @Type("FacetCount")
    @Description("How many hits have one value of a facet.")
    public record FacetCount(
            @NonNull @Description("The value: a category, tag, language tag (zh-Hans, zh-Hant, en, mixed) or month (YYYY-MM)") String value,
            @NonNull @Description("Hits with this value, among those the facets count") Integer count) {
    }

    @Type("ArticleFacets")
    @Description("Counts of the hits by category, tag, language and month (YYYY-MM).")
    public record ArticleFacets(
            @NonNull @Description("By category, most frequent first (50 at most)") List<@NonNull FacetCount> categories,
            @NonNull @Description("By tag, most frequent first (30 at most)") List<@NonNull FacetCount> tags,
            @NonNull @Description("By language, most frequent first") List<@NonNull FacetCount> languages,
            @NonNull @Description("By month of publication in UTC (YYYY-MM), newest first (120 at most)") List<@NonNull FacetCount> months) {
    }

    @Type("ArticleSearchConnection")
    @Description("A page of search hits, ranked among the newest 1,000 matches, with facets over those matches "
            + "(over all hits when there are fewer).")
    public record ArticleSearchConnection(
            @NonNull @Description("The hits of this page, best first (newest first without a query); at most `first`") List<@NonNull ArticleSearchEdge> edges,
            @NonNull @Description("Whether more hits follow, and the cursor to continue from") Connections.PageInfo pageInfo,
            @NonNull @Description("Counts of the hits by category, tag, language and month; the same on every page") ArticleFacets facets,
            @Description("Number of hits in all, when known; an estimate unless totalCountExact") Integer totalCount,
            @NonNull @Description("True when totalCount counts every hit and the facets count all of them; false "
                    + "when there are more hits than are ranked, totalCount is then estimated") Boolean totalCountExact,
            @NonNull @Description("How many of the newest hits the facets count") Integer facetsCounted) {
    }
}
