package ai.frontierwatch.gateway.http;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells {@link ResponseCaching} whether a GET's result came without errors, which only the engine knows before the
 * answer is written. The engine starts an HTTP operation on the request's thread with the request context active, so
 * the request is found then; an operation whose request cannot be found is simply not cacheable. Part of the engine's
 * instrumentation (see {@code ErrorTyping}).
 */
public final class CleanResults extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        ResponseCaching.GetAnswer answer = currentAnswer();
        if (answer == null) {
            return super.beginExecution(parameters, state);
        }
        return SimpleInstrumentationContext.whenCompleted(
                (result, failure) -> answer.completed(failure == null && result != null && result.getErrors().isEmpty()));
    }

    private static ResponseCaching.GetAnswer currentAnswer() {
        if (!Arc.container().requestContext().isActive()) {
            return null; // an operation over a WebSocket
        }
        RoutingContext rc = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return rc == null ? null : ResponseCaching.answerOf(rc);
    }
}
