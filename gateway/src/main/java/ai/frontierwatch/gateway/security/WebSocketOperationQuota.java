package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.error.ErrorCodes;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import java.util.Map;

/**
 * Counts every operation sent over a WebSocket (query, mutation or subscription) against the quota of the caller the
 * connection was admitted as ({@link QuotaFilter}), the same quota its HTTP requests use. An operation over the quota
 * is not executed: it ends at once with one {@code RATE_LIMITED} error carrying {@code retryAfter} (seconds). Part of
 * the engine's instrumentation (see {@code ErrorTyping}).
 */
public final class WebSocketOperationQuota extends SimplePerformantInstrumentation {

    /** The engine's key for the handshake's headers in an operation's GraphQL context. */
    private static final String HTTP_HEADERS = "httpHeaders";

    private volatile QuotaFilter quota;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Object headers = parameters.getExecutionInput().getGraphQLContext().get(HTTP_HEADERS);
        if (headers != null) {
            quota().admitOperation(headers).ifPresent(refusal -> {
                throw new QuotaExceeded(refusal);
            });
        }
        return super.beginExecution(parameters, state);
    }

    private QuotaFilter quota() {
        if (quota == null) {
            quota = Arc.container().instance(QuotaFilter.class).get();
        }
        return quota;
    }

    /** The operation's only error. */
    static final class QuotaExceeded extends AbortExecutionException {

        private final long retryAfterSeconds;

        QuotaExceeded(QuotaFilter.Refusal refusal) {
            super(refusal.message());
            this.retryAfterSeconds = refusal.retryAfterSeconds();
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCodes.RATE_LIMITED, "retryAfter", retryAfterSeconds);
        }
    }
}
