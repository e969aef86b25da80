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
