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
            @NonNull @Description("Title") String title,
            @Description("Canonical URL, tracking parameters removed") String url,
            @Description("Outlet or publication") String source,
            @Description("Author") String author,
            @Description("Publication time with its offset; null when the document gives none") OffsetDateTime publishedAt,
            @Description("Detected language") Language language,
            @Description("Category given by the source") String category,
            @NonNull @Description("Tags") List<@NonNull String> tags,
            @Description("Summary or key insight") String summary,
            @NonNull @Description("Key points") List<@NonNull String> keyPoints,
            @Description("Body as Markdown") String body,
            @NonNull @Description("Tables, as structure") List<@NonNull Table> tables) {
    }

    @Type("ArticleSearchEdge")
    public record ArticleSearchEdge(
            @NonNull Article node,
            @NonNull @Description("Opaque position of this hit") String cursor,
            @Description("Best matching passage, matched terms wrapped in <mark>…</mark>") String snippet,
            @Description("Relevance; higher is better") Double score) {
    }

    @Type("FacetCount")
    @Description("How many hits have one value of a facet.")
    public record FacetCount(@NonNull String value, @NonNull Integer count) {
    }

    @Type("ArticleFacets")
    @Description("Counts of the hits by category, tag, language and month (YYYY-MM).")
    public record ArticleFacets(
            @NonNull List<@NonNull FacetCount> categories,
            @NonNull List<@NonNull FacetCount> tags,
            @NonNull List<@NonNull FacetCount> languages,
            @NonNull List<@NonNull FacetCount> months) {
    }

    @Type("ArticleSearchConnection")
    @Description("A page of search hits, ranked among the newest 1,000 matches, with facets over those matches "
            + "(over all hits when there are fewer).")
    public record ArticleSearchConnection(
            @NonNull List<@NonNull ArticleSearchEdge> edges,
            @NonNull Connections.PageInfo pageInfo,
            @NonNull ArticleFacets facets,
            @Description("Number of hits in all, when known; an estimate unless totalCountExact") Integer totalCount,
            @NonNull @Description("True when totalCount counts every hit and the facets count all of them; false "
                    + "when there are more hits than are ranked, totalCount is then estimated") Boolean totalCountExact,
            @NonNull @Description("How many of the newest hits the facets count") Integer facetsCounted) {
    }
}
