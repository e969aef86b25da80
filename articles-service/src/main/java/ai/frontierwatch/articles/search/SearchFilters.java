package ai.frontierwatch.articles.search;

import java.time.Instant;

/** Filters of listings and searches; null means "any". {@code to} is exclusive. */
public record SearchFilters(String language, String category, String tag, String source, Instant from, Instant to) {
}
