package ai.frontierwatch.articles.rest;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.parsing.Languages;
import ai.frontierwatch.articles.search.SearchFilters;
import ai.frontierwatch.commons.edge.QueryDates;
import ai.frontierwatch.commons.problem.ProblemException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Query parameters shared by listing and search, checked the same way. */
final class Params {

    private static final Set<String> LANGUAGES = Set.of(Languages.SIMPLIFIED, Languages.TRADITIONAL, Languages.ENGLISH,
            Languages.MIXED);

    private Params() {
    }

    static SearchFilters filters(String language, String category, String tag, String source, String from, String to) {
        if (language != null && !language.isBlank() && !LANGUAGES.contains(language)) {
            throw ProblemException.badRequest("language must be one of " + String.join(", ", LANGUAGES.stream().sorted().toList()));
        }
        Instant start = QueryDates.instant("from", from, false);
        Instant end = QueryDates.instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.badRequest("'from' must be before 'to'");
        }
        return new SearchFilters(blank(language), blank(category), blank(tag), blank(source), start, end);
    }

    static int limit(Integer limit, ArticlesConfig config) {
        if (limit == null) {
            return config.defaultPageSize();
        }
        if (limit < 1 || limit > config.maxPageSize()) {
            throw ProblemException.badRequest("limit must be between 1 and " + config.maxPageSize());
        }
        return limit;
    }

    static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Article", id);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
