package ai.frontierwatch.gateway.engine;

import ai.frontierwatch.gateway.error.TypedErrors;
import ai.frontierwatch.gateway.http.CleanResults;
import ai.frontierwatch.gateway.http.QueryShape;
import ai.frontierwatch.gateway.security.WebSocketOperationQuota;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Two rules of the engine itself, for every way an operation reaches it (HTTP and WebSocket alike): a document
 * deeper or larger than the limits is aborted before the engine validates or expands it (its shape counted per
 * fragment, see {@link QueryShape}), and every error of a result carries a documented code ({@link TypedErrors}).
 * Loaded by the engine through {@code META-INF/services}, always on; it also puts {@link WebSocketOperationQuota} first,
 * counts the fields operations use ({@link FieldUsage}) and tells the HTTP layer which results came without errors
 * ({@link CleanResults}).
 */
public class ErrorTyping implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // the engine's own instrumentations (its depth and complexity limits) stay, after this one
        // operations over a WebSocket are counted against their caller's quota first: one over it is not even parsed
        return builder.instrumentation(new ChainedInstrumentation(new WebSocketOperationQuota(), new Rules(),
                new FieldUsage(), new CleanResults(), builder.build().getInstrumentation()));
    }

    static final class Rules extends SimplePerformantInstrumentation {

        private final int maxDepth = limit("quarkus.smallrye-graphql.instrumentation-query-depth");
        private final int maxFields = limit("quarkus.smallrye-graphql.instrumentation-query-complexity");

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                InstrumentationState state) {
            QueryShape.of(parameters.getDocument()).beyond(maxDepth, maxFields).ifPresent(reason -> {
                throw new AbortExecutionException(reason);
            });
            return super.beginValidation(parameters, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(TypedErrors.typed(result.getErrors()))));
        }

        private static int limit(String property) {
            return ConfigProvider.getConfig().getOptionalValue(property, Integer.class).orElse(Integer.MAX_VALUE);
        }
    }
}
