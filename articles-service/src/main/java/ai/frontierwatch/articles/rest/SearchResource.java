package ai.frontierwatch.articles.rest;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.search.SearchRepository.FacetCount;
import ai.frontierwatch.articles.search.SearchService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over articles in Chinese and English")
public class SearchResource {

    /** A search hit; title and snippet mark the matches with &lt;mark&gt; in HTML-escaped text. */
    public record Hit(String id, String title, String titleHighlighted, String url, String source, String publishedAt,
            String language, String category, List<String> tags, String summary, String snippet, float score) {
    }

    /**
     * A page of hits, the facets, and the cursor of the next page (null on the last). {@code total} is exact
     * when {@code exact}, else an estimate; facets count the {@code facetsCounted} newest matches, which are
     * all matches when {@code exact}.
     */
    public record Response(List<Hit> hits, long total, boolean exact, int facetsCounted,
            Map<String, List<FacetCount>> facets, String nextCursor) {
    }

    private final SearchService search;
    private final ArticlesConfig config;

    public SearchResource(SearchService search, ArticlesConfig config) {
        this.search = search;
        this.config = config;
    }

    @GET
    @Operation(summary = "Ranked full-text search with highlighted snippets, filters, facets and cursor pagination",
            description = "Chinese is segmented and folded so that Traditional and Simplified find each other "
                    + "(千问 finds 千問); English is stemmed (models finds model). Title matches rank above tags, "
                    + "summary and body. Quotes, OR and -exclusion work for English words; a hyphenated or dotted "
                    + "name (Qwen3-Max, GPT-5.2) outside quotes finds the articles that contain all its parts. "
                    + "Without q: the newest articles matching the filters, with facets.\n\n"
                    + "A search ranks and counts its 1,000 newest matches (fw.articles.rank-candidates), which keeps "
                    + "its time bounded however many articles match. When there are no more matches than that, "
                    + "`exact` is true: `total` is the number of matches and the facets (category, tag, language, "
                    + "month in UTC) count every match. Otherwise `exact` is false: `total` is an estimate (at least "
                    + "1,000; from the share of matches among the newest articles), the facets count the "
                    + "`facetsCounted` newest matches, and pages go as far as those candidates (50 pages of 20). "
                    + "A quoted phrase of common words is checked in a bounded number of articles holding all its "
                    + "words (fw.articles.phrase-checks, the newest first): when that bound is reached before "
                    + "1,000 matches, the candidates are the newest matches found (fewer than 1,000), `exact` is "
                    + "false and `total` is estimated from them.")
    public Response search(
            @Parameter(description = "Query text") @QueryParam("q") String q,
            @BeanParam FilterParams params) {
        SearchService.Result result = search.search(q, params.filters(), params.after, params.pageSize(config), true);
        List<Hit> hits = result.hits().stream().map(h -> new Hit(h.article().id().toString(), h.article().title(),
                h.titleHighlighted(), h.article().url(), h.article().source(), ArticleViews.iso(h.article().publishedAt()),
                h.article().language(), h.article().category(), h.article().tags(), h.article().summary(), h.snippet(),
                h.score())).toList();
        return new Response(hits, result.total(), result.exact(), result.counted(), result.facets(), result.nextCursor());
    }
}
