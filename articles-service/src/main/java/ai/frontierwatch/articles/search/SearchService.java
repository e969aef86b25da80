package ai.frontierwatch.articles.search;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.domain.Article;
import ai.frontierwatch.articles.repository.ArticleRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ranked search with snippets and facets, and filtered feeds, one page at a time. */
@ApplicationScoped
public class SearchService {

    /** A hit: the article, its score and its highlighted title and snippet. */
    public record Hit(Article article, float score, String titleHighlighted, String snippet) {
    }

    /** One page of results. */
    public record Result(List<Hit> hits, Map<String, List<SearchRepository.FacetCount>> facets, String nextCursor) {
    }

    private final SearchRepository search;
    private final ArticleRepository articles;
    private final Timer searchTimer;
    private final ArticlesConfig config;

    public SearchService(SearchRepository search, ArticleRepository articles, MeterRegistry metrics,
            ArticlesConfig config) {
        this.search = search;
        this.articles = articles;
        this.config = config;
        this.searchTimer = Timer.builder("fw.articles.search").description("Search requests").publishPercentiles(0.5, 0.95)
                .register(metrics);
    }

    /** A search; without query text it is a feed (newest first) with facets. */
    public Result search(String q, SearchFilters filters, String after, int limit, boolean withFacets) {
        return searchTimer.record(() -> {
            SearchQuery query = q == null || q.isBlank() ? null : SearchQuery.of(q);
            if (query != null && query.isEmpty()) {
                return new Result(List.of(), Map.of(), null);
            }
            List<SearchRepository.Row> rows;
            Function<SearchRepository.Row, Cursor> cursorOf;
            if (query == null) {
                rows = search.feed(filters, Cursor.decode(after, Cursor.Kind.FEED), limit + 1);
                cursorOf = r -> new Cursor(Cursor.Kind.FEED, 0,
                        java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, r.feedAt()), r.id());
            } else {
                rows = search.ranked(query, filters, Cursor.decode(after, Cursor.Kind.SCORE), config.rankCandidates(), limit + 1);
                cursorOf = r -> new Cursor(Cursor.Kind.SCORE, r.score(), 0, r.id());
            }
            String next = rows.size() > limit ? cursorOf.apply(rows.get(limit - 1)).encode() : null;
            List<SearchRepository.Row> page = rows.subList(0, Math.min(limit, rows.size()));
            Map<UUID, Article> byId = articles.listByIds(page.stream().map(SearchRepository.Row::id).toList()).stream()
                    .collect(Collectors.toMap(a -> a.id, a -> a));
            List<String> terms = query == null ? List.of() : query.highlight();
            List<Hit> hits = page.stream().filter(r -> byId.containsKey(r.id())).map(r -> {
                Article a = byId.get(r.id());
                String snippet = query == null ? Snippets.snippet(a.summary != null ? a.summary : a.plainText, terms)
                        : Snippets.snippet(a.plainText, terms);
                return new Hit(a, r.score(), Snippets.mark(a.title, terms), snippet);
            }).toList();
            return new Result(hits, withFacets ? search.facets(query, filters) : Map.of(), next);
        });
    }
}
