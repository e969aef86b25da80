package ai.frontierwatch.gateway.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Batch endpoints take ids in the query string, and servers refuse request lines over 4 KB (414). A long
 * id list therefore goes out in several calls of at most {@link #SIZE} ids (80 UUIDs are about 3 KB).
 */
final class IdChunks {

    static final int SIZE = 80;

    private IdChunks() {
    }

    /** The answers of one call per chunk of ids (each chunk comma-joined), concatenated in order. */
    static <T> List<T> each(Collection<String> ids, Function<String, List<T>> call) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> all = List.copyOf(ids);
        if (all.size() <= SIZE) {
            return call.apply(String.join(",", all));
        }
        List<T> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            out.addAll(call.apply(String.join(",", all.subList(from, Math.min(all.size(), from + SIZE)))));
        }
        return out;
    }
}
