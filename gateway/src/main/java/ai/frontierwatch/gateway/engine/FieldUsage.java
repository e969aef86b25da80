package ai.frontierwatch.gateway.engine;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.FieldCoordinates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Counts, per schema field, the operations that select it (metric {@value #METRIC}, tags {@code type} and
 * {@code field}): the evidence a deprecated field is no longer used before it is removed (docs/GUIDE.md, "Schema
 * changes"). Counted once per operation from the operation's normalized fields, as the engine is about to execute
 * it: the cost depends on the query's shape, never on how many items its lists hold; fields that {@code @skip} or
 * {@code @include} leave out are not counted, and neither are introspection fields.
 */
final class FieldUsage extends SimplePerformantInstrumentation {

    static final String METRIC = "fw.graphql.field.usage";

    private static final Logger LOG = Logger.getLogger(FieldUsage.class);

    /** One counter per schema field: the schema bounds the number of series. */
    private final Map<FieldCoordinates, Counter> counters = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        try {
            for (FieldCoordinates field : parameters.getExecutionContext().getNormalizedQueryTree().get()
                    .getCoordinatesToNormalizedFields().keySet()) {
                if (!field.getTypeName().startsWith("__") && !field.getFieldName().startsWith("__")) {
                    counters.computeIfAbsent(field, this::counter).increment();
                }
            }
        } catch (RuntimeException e) {
            // usage figures must never cost an operation its answer
            LOG.debugf(e, "Field usage not counted");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private Counter counter(FieldCoordinates field) {
        if (registry == null) {
            // built by the engine, not injected: look the application's registry up once
            registry = Arc.container().instance(MeterRegistry.class).get();
        }
        return Counter.builder(METRIC).description("Operations that selected the field")
                .tag("type", field.getTypeName()).tag("field", field.getFieldName()).register(registry);
    }
}
