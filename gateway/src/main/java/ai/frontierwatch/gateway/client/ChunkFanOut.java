package ai.frontierwatch.gateway.client;

import io.smallrye.context.SmallRyeManagedExecutor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Sends the chunks of a long id list ({@link IdChunks}) at the same time: 300 leaderboard entries need four model
 * calls, which a client that waited for each in turn would pay four times.
 *
 * <p>The chunks run on a managed executor that propagates the caller's context (trace, request) to each chunk. It
 * has threads of its own ({@code withNewExecutorService}) rather than being a view of the worker pool the resolvers
 * block in, so a resolver that waits for its chunks can never starve them.
 */
@ApplicationScoped
public class ChunkFanOut {

    /** Enough for the chunks of every request in flight on a small node; more chunks wait their turn. */
    static final int THREADS = 16;

    private ManagedExecutor executor;

    /** Built here rather than in a field initializer, which the bean's client proxy would run too. */
    @PostConstruct
    void start() {
        executor = SmallRyeManagedExecutor.builder().withNewExecutorService().maxAsync(THREADS).maxQueued(-1).build();
    }

    /** The answers of one call per chunk of ids, concatenated in the order of the ids. */
    public <T> List<T> each(Collection<String> ids, Function<String, List<T>> call) {
        return IdChunks.each(ids, call, executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
