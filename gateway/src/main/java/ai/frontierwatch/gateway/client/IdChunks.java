package ai.frontierwatch.gateway.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Batch endpoints take ids in the query string, and servers refuse request lines over 4 KB (414). A long
 * id list therefore goes out in several calls of at most {@link #SIZE} ids (80 UUIDs are about 3 KB).
 */
final class IdChunks {

    static final int SIZE = 80;

    private IdChunks() {
    }

    /** The answers of one call per chunk of ids (each chunk comma-joined), concatenated in order, one call at a time. */
    static <T> List<T> each(Collection<String> ids, Function<String, List<T>> call) {
        List<T> out = new ArrayList<>();
        for (String chunk : chunks(ids)) {
            out.addAll(call.apply(chunk));
        }
        return out;
    }

    /**
     * Like {@link #each(Collection, Function)}, with every chunk but the first handed to {@code executor}, so that
     * the calls are in flight together; the first runs on the calling thread. A failed chunk fails the whole call
     * with its own exception.
     */
    static <T> List<T> each(Collection<String> ids, Function<String, List<T>> call, Executor executor) {
        List<String> chunks = chunks(ids);
        if (chunks.size() <= 1) {
            return chunks.isEmpty() ? List.of() : call.apply(chunks.get(0));
        }
        List<CompletableFuture<List<T>>> others = new ArrayList<>();
        for (String chunk : chunks.subList(1, chunks.size())) {
            others.add(CompletableFuture.supplyAsync(() -> call.apply(chunk), executor));
        }
        List<T> out = new ArrayList<>(call.apply(chunks.get(0)));
        for (CompletableFuture<List<T>> other : others) {
            out.addAll(join(other));
        }
        return out;
    }

    static List<String> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(String.join(",", all.subList(from, Math.min(all.size(), from + SIZE))));
        }
        return chunks;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
