package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.schema.Connections.PageInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Cursor pagination over a downstream keyset page. A gateway cursor names a downstream cursor and how many items
 * after it to skip, so the format of downstream cursors stays private to their services and the order of a list is
 * decided by its service alone. A service that gives a cursor per item (and pages backward) gets cursors that name
 * the item itself (skip 0); one that gives only the cursor of its next page gets that cursor and a count of items
 * into the page, so every edge still has a cursor the client can resume from.
 *
 * @param downstreamAfter  forward: the downstream cursor the page starts after (null: the beginning)
 * @param skip             forward: items of that downstream page already seen
 * @param size             page size asked for ({@code first} or {@code last})
 * @param backward         true for {@code last}/{@code before}: the page ends where the list or the cursor does
 * @param downstreamBefore backward: the downstream cursor the page ends before (null: the end of the list)
 */
public record PageRequest(String downstreamAfter, int skip, int size, boolean backward, String downstreamBefore) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Forward only, for lists whose service pages one way. */
    public static PageRequest of(Integer first, String after) throws BadUserInputException {
        return of(first, after, null, null);
    }

    /** {@code first}/{@code after} forward, or {@code last}/{@code before} backward; not a mix of the two. */
    public static PageRequest of(Integer first, String after, Integer last, String before) throws BadUserInputException {
        boolean backward = last != null || before != null;
        if (backward && first != null) {
            throw new BadUserInputException("first", "pages forward; give first and after, or last and before");
        }
        if (backward && after != null) {
            throw new BadUserInputException("after", "pages forward; give first and after, or last and before");
        }
        int size = size(backward ? "last" : "first", backward ? last : first);
        if (backward) {
            Position end = Position.decode("before", before);
            if (end.skip() != 0) {
                // a cursor into a page of a one-way list, or from before the list paged both ways
                throw new BadUserInputException("before", "is not a cursor of a list that pages backward");
            }
            return new PageRequest(null, 0, size, true, end.downstream());
        }
        Position start = Position.decode("after", after);
        return new PageRequest(start.downstream(), start.skip(), size, false, null);
    }

    /** How many items to ask downstream for. */
    public int downstreamLimit() {
        return backward ? size : skip + size;
    }

    /** Backward from the end of the list: no cursor to end before. */
    public boolean fromEnd() {
        return backward && downstreamBefore == null;
    }

    /** One edge of the page. */
    public record Edge<T>(T node, String cursor) {
    }

    /** The page, with its edges in list order whichever way it was asked for. */
    public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage) {

        public String startCursor() {
            return edges.isEmpty() ? null : edges.get(0).cursor();
        }

        public String endCursor() {
            return edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        }

        public PageInfo pageInfo() {
            return new PageInfo(hasNextPage, endCursor(), hasPreviousPage, startCursor());
        }
    }

    /**
     * The page of a downstream answer that has a cursor per item: each edge's cursor is its item's, and whether
     * items lie beyond either end is the service's word.
     */
    public <T> Page<T> page(PageDto<T> downstream) {
        if (downstream.cursors() == null) {
            return page(downstream.items(), downstream.nextCursor());
        }
        List<T> items = downstream.items();
        List<Edge<T>> edges = new ArrayList<>();
        int i = backward ? 0 : skip;
        for (; i < items.size() && edges.size() < size; i++) {
            edges.add(new Edge<>(items.get(i), encode(downstream.cursors().get(i), 0)));
        }
        boolean hasNext = i < items.size() || downstream.nextCursor() != null;
        boolean hasPrevious = (!backward && skip > 0) || downstream.previousCursor() != null;
        return new Page<>(edges, hasNext, hasPrevious);
    }

    /** The page of a forward-only downstream answer: the items after the skip and the next page's cursor. */
    public <T> Page<T> page(List<T> downstreamItems, String downstreamNext) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = skip; i < downstreamItems.size() && edges.size() < size; i++) {
            edges.add(new Edge<>(downstreamItems.get(i), encode(downstreamAfter, i + 1)));
        }
        boolean consumedAll = skip + edges.size() >= downstreamItems.size();
        boolean hasNext = !consumedAll || downstreamNext != null;
        if (!edges.isEmpty() && consumedAll && downstreamNext != null) {
            // the last edge resumes where the next downstream page starts
            Edge<T> last = edges.remove(edges.size() - 1);
            edges.add(new Edge<>(last.node(), encode(downstreamNext, 0)));
        }
        // paging forward, a page that starts after a cursor has that cursor's item before it
        return new Page<>(edges, hasNext, downstreamAfter != null || skip > 0);
    }

    static String encode(String downstreamCursor, int skip) {
        String raw = (downstreamCursor == null ? "" : downstreamCursor) + "|" + skip;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static int size(String argument, Integer requested) throws BadUserInputException {
        int size = requested == null ? DEFAULT_SIZE : requested;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadUserInputException(argument, "must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    /** What a gateway cursor holds; the beginning (or end) of the list when there is none. */
    private record Position(String downstream, int skip) {

        static Position decode(String argument, String cursor) throws BadUserInputException {
            if (cursor == null || cursor.isBlank()) {
                return new Position(null, 0);
            }
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = decoded.lastIndexOf('|');
                String downstream = decoded.substring(0, bar);
                int skip = Integer.parseInt(decoded.substring(bar + 1));
                if (skip < 0) {
                    throw new IllegalArgumentException("negative skip");
                }
                return new Position(downstream.isEmpty() ? null : downstream, skip);
            } catch (RuntimeException e) {
                throw new BadUserInputException(argument, "is not a cursor returned by this API");
            }
        }
    }
}
