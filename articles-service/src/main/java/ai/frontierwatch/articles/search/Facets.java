package ai.frontierwatch.articles.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Facet counts over a search's candidates: category (50 most frequent), tag (30 most frequent), language,
 * and month of publication in UTC (newest first, 120 at most; undated last).
 */
final class Facets {

    private Facets() {
    }

    static Map<String, List<SearchRepository.FacetCount>> count(List<SearchRepository.Candidate> rows) {
        Map<String, List<SearchRepository.FacetCount>> out = new LinkedHashMap<>();
        out.put("category", byCount(rows.stream().map(SearchRepository.Candidate::category), 50));
        out.put("tag", byCount(rows.stream().flatMap(c -> c.tags().stream()), 30));
        out.put("language", byCount(rows.stream().map(SearchRepository.Candidate::language), Integer.MAX_VALUE));
        Map<String, Long> months = counts(rows.stream().map(SearchRepository.Candidate::month));
        out.put("month", months.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.<String>reverseOrder()))).limit(120)
                .map(e -> new SearchRepository.FacetCount(e.getKey(), e.getValue())).toList());
        return out;
    }

    /** Most frequent first, then by value (absent value last). */
    private static List<SearchRepository.FacetCount> byCount(Stream<String> values, int limit) {
        return counts(values).entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>, Long>comparing(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit).map(e -> new SearchRepository.FacetCount(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Long> counts(Stream<String> values) {
        Map<String, Long> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }
}
