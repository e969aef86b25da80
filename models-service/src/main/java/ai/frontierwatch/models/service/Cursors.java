package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.edge.OpaqueCursor;
import ai.frontierwatch.commons.problem.ProblemException;
import java.util.UUID;

/** Opaque keyset cursors: the sort key of the last item of a page. */
public final class Cursors {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Cursors() {
    }

    public static String encode(String key) {
        return OpaqueCursor.encode(key);
    }

    public static String decode(String cursor) {
        return OpaqueCursor.decode("cursor", cursor);
    }

    /** The id a results cursor holds. */
    public static UUID uuid(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw OpaqueCursor.invalid("cursor");
        }
    }

    /**
     * Which part of a slug-ordered listing a request asks for: the {@code limit} items after {@code after} (from the
     * start without it), or, paging backward, the {@code limit} items before {@code before} (at the end without it).
     */
    public record Window(String after, String before, boolean backward, int limit) {
    }

    /** The window of {@code cursor} (forward), or of {@code before} / {@code fromEnd} (backward); not both. */
    public static Window window(String cursor, String before, Boolean fromEnd, Integer limit) {
        String after = decode(cursor);
        String beforeKey = OpaqueCursor.decode("before", before);
        boolean backward = beforeKey != null || Boolean.TRUE.equals(fromEnd);
        if (after != null && backward) {
            throw ProblemException.invalidParameter("cursor", "pages forward; give it or before/fromEnd, not both");
        }
        return new Window(after, beforeKey, backward, limit(limit));
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
