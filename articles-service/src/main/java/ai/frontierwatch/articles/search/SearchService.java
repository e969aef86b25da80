package ai.frontierwatch.articles.search;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.search.ListingRepository.Listing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ranked search with snippets and facets, and filtered feeds, one page at a time. A search ranks and counts
 * its candidates, the newest {@code fw.articles.rank-candidates} matches (all of them when there are fewer):
 * facets then count every match and the total is exact; otherwise facets count the candidates and the
 * total is an estimate.
 */
@ApplicationScoped
public class SearchService {

    /** A hit: the article, its score and its highlighted title and snippet. */
    public record Hit(Listing article, float score, String titleHighlighted, String snippet) {
    }

    /**
     * One page of results. {@code total}: how many articles match, exact when {@code exact}, else estimated;
     * {@code facets} count the {@code counted} newest matches, which are all of them when {@code exact}.
     */
    public record Result(List<Hit> hits, Map<String, List<SearchRepository.FacetCount>> facets, long total,
            boolean exact, int counted, String nextCursor) {
    }

    private static final Comparator<SearchRepository.Candidate> BY_SCORE = Comparator
            .comparing(SearchRepository.Candidate::score, Comparator.reverseOrder())
            .thenComparing(c -> c.id().toString());

    private final SearchRepository search;
    private final ListingRepository listings;
    private final Timer searchTimer;
    private final ArticlesConfig config;

    public SearchService(SearchRepository search, ListingRepository listings, MeterRegistry metrics,
            ArticlesConfig config) {
        this.search = search;
        this.listings = listings;
        this.config = config;
        this.searchTimer = Timer.builder("fw.articles.search").description("Search requests").publishPercentiles(0.5, 0.95)
                .register(metrics);
    }

    /** A search; without query text it is a feed (newest first), with facets when asked. */
    public Result search(String q, SearchFilters filters, String after, int limit, boolean withFacets) {
        return searchTimer.record(() -> {
            SearchQuery query = q == null || q.isBlank() ? null : SearchQuery.of(q);
            if (query != null && query.isEmpty()) {
                return new Result(List.of(), Map.of(), 0, true, 0, null);
            }
            List<SearchRepository.Row> rows;
            Function<SearchRepository.Row, Cursor> cursorOf;
            SearchRepository.Candidates candidates = null;
            if (query == null) {
                rows = search.feed(filters, Cursor.decode(after, Cursor.Kind.FEED), limit + 1);
                cursorOf = r -> new Cursor(Cursor.Kind.FEED, 0,
                        java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, r.feedAt()), r.id());
                if (withFacets) {
                    candidates = search.candidates(null, filters, config.rankCandidates());
                }
            } else {
                Cursor cursor = Cursor.decode(after, Cursor.Kind.SCORE);
                candidates = search.candidates(query, filters, config.rankCandidates(), config.phraseChecks());
                rows = candidates.rows().stream().sorted(BY_SCORE).filter(c -> cursor == null || c.score() < cursor.score()
                        || (c.score() == cursor.score() && c.id().toString().compareTo(cursor.id().toString()) > 0))
                        .limit(limit + 1L).map(c -> new SearchRepository.Row(c.id(), c.score(), c.feedAt())).toList();
                cursorOf = r -> new Cursor(Cursor.Kind.SCORE, r.score(), 0, r.id());
            }
            String next = rows.size() > limit ? cursorOf.apply(rows.get(limit - 1)).encode() : null;
            List<SearchRepository.Row> page = rows.subList(0, Math.min(limit, rows.size()));
            Map<UUID, Listing> byId = listings.byIds(page.stream().map(SearchRepository.Row::id).toList(), query != null,
                    Snippets.SCAN_LIMIT + 1);
            List<String> terms = query == null ? List.of() : query.highlight();
            List<Hit> hits = page.stream().filter(r -> byId.containsKey(r.id())).map(r -> {
                Listing a = byId.get(r.id());
                String snippet = Snippets.snippet(query == null && a.summary() != null ? a.summary() : a.text(), terms);
                return new Hit(a, r.score(), Snippets.mark(a.title(), terms), snippet);
            }).toList();
            if (candidates == null) {
                return new Result(hits, Map.of(), 0, false, 0, next);
            }
            Map<String, List<SearchRepository.FacetCount>> facets = withFacets ? Facets.count(candidates.rows()) : Map.of();
            return new Result(hits, facets, candidates.total(), candidates.exact(), candidates.rows().size(), next);
        });
    }
}
