package ai.frontierwatch.gateway.live;

import ai.frontierwatch.gateway.engine.FetcherRewrite;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.error.ErrorCodes;
import ai.frontierwatch.gateway.error.FieldErrors;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.mutiny.Multi;
import java.util.Map;
import org.jboss.logging.Logger;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.Publisher;

/**
 * Decides whether a subscription may start before the engine starts it, so that a refusal reaches the client as a
 * GraphQL error ({@code error} message under graphql-transport-ws and graphql-ws): a bad filter
 * ({@code BAD_USER_INPUT}), or a caller that holds as many subscriptions as it may ({@code RATE_LIMITED}, see
 * {@link SubscriptionQuota}).
 *
 * <p>SmallRye GraphQL 2.17 reports nothing to a WebSocket client when a subscription method throws or its stream
 * fails at once. What it does report is a root field that resolves to no stream, with errors: graphql-java then ends
 * the operation with {@code data} null and its errors, and the WebSocket handlers send them. So every field of the
 * Subscription type gets a fetcher that answers a refusal itself and otherwise hands over to the engine's.
 */
public class SubscriptionGate extends FetcherRewrite {

    private static final Logger LOG = Logger.getLogger(SubscriptionGate.class);

    @Override
    protected void rewrite(GraphQLSchema draft, GraphQLCodeRegistry registry, GraphQLCodeRegistry.Builder gated) {
        GraphQLObjectType subscription = draft.getSubscriptionType();
        if (subscription == null) {
            return;
        }
        for (GraphQLFieldDefinition field : subscription.getFieldDefinitions()) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(subscription, field);
            gated.dataFetcher(coordinates, new Gated(registry.getDataFetcher(coordinates, field)));
        }
    }

    /** The engine's fetcher of one subscription, behind the checks. */
    static final class Gated implements DataFetcher<Object> {

        private final DataFetcher<?> engine;
        private volatile SubscriptionQuota quota;

        Gated(DataFetcher<?> engine) {
            this.engine = engine;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            try {
                LiveSubscriptions.checkFilters(environment.getArguments());
            } catch (BadUserInputException e) {
                return FieldErrors.refusal(environment, e.getMessage(),
                        Map.of("code", ErrorCodes.BAD_USER_INPUT, "argument", e.field()));
            }
            Object handshake = environment.getGraphQlContext().get(SubscriptionQuota.HTTP_HEADERS);
            String caller = SubscriptionQuota.caller(handshake);
            if (caller == null) {
                return engine.get(environment);
            }
            SubscriptionQuota.Place place = quota().take(caller).orElse(null);
            if (place == null) {
                int cap = quota().cap(caller);
                LOG.debugf("Subscription refused: %s holds %d already", caller, cap);
                return FieldErrors.refusal(environment, "At most " + cap + " subscriptions at a time per "
                        + SubscriptionQuota.counted(caller) + "; end one to start another",
                        Map.of("code", ErrorCodes.RATE_LIMITED, "limit", cap));
            }
            Object stream;
            try {
                stream = engine.get(environment);
            } catch (Exception | Error e) {
                place.release();
                throw e;
            }
            if (!(stream instanceof Publisher<?> events)) {
                place.release();
                return stream;
            }
            // Completion, failure and cancellation (by the client, or by the engine as the connection closes) all
            // end here.
            return FlowAdapters.toPublisher(Multi.createFrom().publisher(FlowAdapters.toFlowPublisher(events))
                    .onTermination().invoke(place::release));
        }

        private SubscriptionQuota quota() {
            if (quota == null) {
                quota = Arc.container().instance(SubscriptionQuota.class).get();
            }
            return quota;
        }
    }
}
