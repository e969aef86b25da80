package ai.frontierwatch.articles.rest;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.search.SearchFilters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filter and paging parameters shared by the feed and search. */
public class FilterParams {

    @Parameter(description = "zh-Hans, zh-Hant, en or mixed")
    @QueryParam("language")
    public String language;

    @QueryParam("category")
    public String category;

    @QueryParam("tag")
    public String tag;

    @Parameter(description = "Outlet name, as the article gives it")
    @QueryParam("source")
    public String source;

    @Parameter(description = "Published at or after (date or date-time with offset)")
    @QueryParam("from")
    public String from;

    @Parameter(description = "Published before; a date includes that whole day")
    @QueryParam("to")
    public String to;

    @Parameter(description = "nextCursor of the previous page")
    @QueryParam("after")
    public String after;

    @Parameter(description = "Page size, 1 to 100 (default 20)")
    @QueryParam("limit")
    public Integer limit;

    SearchFilters filters() {
        return Params.filters(language, category, tag, source, from, to);
    }

    int pageSize(ArticlesConfig config) {
        return Params.limit(limit, config);
    }
}
