package ai.frontierwatch.gateway.fetchers;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Runs a resolver's blocking downstream calls on a worker thread, so that the resolvers of one query level wait on
 * their services at the same time.
 *
 * <p>The GraphQL engine runs resolvers that return a plain value as blocking work in the request's <em>ordered</em>
 * queue: one after the other, even when they are siblings of one level. Resolvers that return a
 * {@link CompletionStage} are called on the event loop instead and must not block there; they hand their work to
 * {@link #run}, which queues it <em>unordered</em> on the worker pool, on the request's Vert.x context. The work
 * sees what the request sees: the CDI request context (and with it the caller's identity) is propagated, and the
 * trace and log context live on the request's Vert.x context. The stage completes back on the request's event loop,
 * where the engine goes on with the next level.
 */
@ApplicationScoped
public class Offload {

    private final ThreadContext threadContext;
    private final Vertx vertx;

    public Offload(ThreadContext threadContext, Vertx vertx) {
        this.threadContext = threadContext;
        this.vertx = vertx;
    }

    /**
     * The result of {@code work}, run on a worker thread; a failure (such as the typed errors of
     * {@code Downstream.call}) fails the stage with the same exception.
     */
    public <T> CompletionStage<T> run(Callable<T> work) {
        Callable<T> contextual = threadContext.contextualCallable(work);
        Context context = vertx.getOrCreateContext();
        return context.executeBlocking(contextual, false).toCompletionStage();
    }
}
