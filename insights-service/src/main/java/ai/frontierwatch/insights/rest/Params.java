package ai.frontierwatch.insights.rest;

import ai.frontierwatch.commons.edge.QueryDates;
import ai.frontierwatch.commons.problem.ProblemException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Query parameter parsing with problem+json answers for bad input. */
final class Params {

    /** Most ids one batch request may carry. */
    static final int MAX_IDS = 200;

    private Params() {
    }

    /** Comma-separated ids, de-duplicated in order; empty when absent. */
    static List<String> ids(String csv, String name) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<String> ids = Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.size() > MAX_IDS) {
            throw ProblemException.badRequest(name + " carries " + ids.size() + " ids; at most " + MAX_IDS + " per request");
        }
        for (String id : ids) {
            if (id.length() > 100) {
                throw ProblemException.badRequest(name + " contains an id longer than 100 characters");
            }
        }
        return ids;
    }

    static List<String> required(String csv, String name) {
        List<String> ids = ids(csv, name);
        if (ids.isEmpty()) {
            throw ProblemException.badRequest(name + " is required (comma-separated ids or slugs)");
        }
        return ids;
    }

    static LocalDate date(String value, String name) {
        return QueryDates.date(name, value);
    }

    static int bounded(Integer value, int fallback, int min, int max, String name) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw ProblemException.badRequest(name + " must be between " + min + " and " + max);
        }
        return v;
    }

    static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(name, value);
        }
    }

    static <E extends Enum<E>> List<E> enums(String csv, Class<E> type, String name) {
        return ids(csv, name).stream().map(s -> {
            try {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(name + " must be among " + Arrays.toString(type.getEnumConstants())
                        + ", not '" + s + "'");
            }
        }).toList();
    }
}
