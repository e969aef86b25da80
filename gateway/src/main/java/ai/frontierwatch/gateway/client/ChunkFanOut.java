package ai.frontierwatch.gateway.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Sends the chunks of a long id list ({@link IdChunks}) at the same time: 300 leaderboard entries need four model
 * calls, which a client that waited for each in turn would pay four times.
 *
 * <p>The chunks run on a small pool of their own, not on the worker pool the resolvers block in, so a resolver that
 * waits for its chunks can never starve them. Each chunk sees the caller's context (trace, request).
 */
@ApplicationScoped
public class ChunkFanOut {

    /** Enough for the chunks of every request in flight on a small node; more chunks wait their turn. */
    static final int THREADS = 16;

    private final ExecutorService pool;
    private final Executor contextual;

    public ChunkFanOut(ThreadContext threadContext) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "downstream-chunk-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.contextual = task -> pool.execute(threadContext.contextualRunnable(task));
    }

    /** The answers of one call per chunk of ids, concatenated in the order of the ids. */
    public <T> List<T> each(Collection<String> ids, Function<String, List<T>> call) {
        return IdChunks.each(ids, call, contextual);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
