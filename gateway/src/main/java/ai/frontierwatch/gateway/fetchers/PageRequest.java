package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Cursor pagination over a downstream keyset page. A gateway cursor names the downstream page start and
 * how many of its items to skip, so every edge has a cursor the client can resume from, and the format of
 * downstream cursors stays private to their services.
 *
 * @param downstreamAfter the downstream cursor the page starts after (null: the beginning)
 * @param skip            items of that downstream page already seen
 * @param first           page size asked for
 */
public record PageRequest(String downstreamAfter, int skip, int first) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) throws BadUserInputException {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadUserInputException("first", "must be between 1 and " + MAX_SIZE);
        }
        if (after == null || after.isBlank()) {
            return new PageRequest(null, 0, size);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int bar = decoded.lastIndexOf('|');
            String downstream = decoded.substring(0, bar);
            return new PageRequest(downstream.isEmpty() ? null : downstream, Integer.parseInt(decoded.substring(bar + 1)),
                    size);
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "is not a cursor returned by this API");
        }
    }

    /** How many items to ask downstream for. */
    public int downstreamLimit() {
        return skip + first;
    }

    /** One edge of the page. */
    public record Edge<T>(T node, String cursor) {
    }

    /** The page: the downstream items after the skip, with a cursor per item and the next-page cursor. */
    public <T> Page<T> page(List<T> downstreamItems, String downstreamNext) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = skip; i < downstreamItems.size() && edges.size() < first; i++) {
            edges.add(new Edge<>(downstreamItems.get(i), encode(downstreamAfter, i + 1)));
        }
        boolean consumedAll = skip + edges.size() >= downstreamItems.size();
        boolean hasNext = !consumedAll || downstreamNext != null;
        String end = edges.isEmpty() ? null
                : consumedAll && downstreamNext != null ? encode(downstreamNext, 0) : edges.get(edges.size() - 1).cursor();
        if (!edges.isEmpty() && consumedAll && downstreamNext != null) {
            Edge<T> last = edges.remove(edges.size() - 1);
            edges.add(new Edge<>(last.node(), end));
        }
        return new Page<>(edges, hasNext, end);
    }

    public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, String endCursor) {
    }

    static String encode(String downstreamAfter, int skip) {
        String raw = (downstreamAfter == null ? "" : downstreamAfter) + "|" + skip;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
