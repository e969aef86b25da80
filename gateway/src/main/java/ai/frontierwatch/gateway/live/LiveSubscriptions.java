package ai.frontierwatch.gateway.live;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.insights.ClaimConflictDetected;
import ai.frontierwatch.contracts.insights.StateOfTheArtChanged;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.schema.Language;
import ai.frontierwatch.gateway.schema.LiveMapping;
import ai.frontierwatch.gateway.schema.LiveTypes.ClaimConflict;
import ai.frontierwatch.gateway.schema.LiveTypes.PublishedArticle;
import ai.frontierwatch.gateway.schema.LiveTypes.NewStateOfTheArt;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.jboss.logging.Logger;

/**
 * Live pages and partners: what happens from the moment of subscribing, over WebSocket at /graphql
 * (graphql-transport-ws or graphql-ws). Nothing is replayed; query for the state, subscribe for changes.
 */
@GraphQLApi
public class LiveSubscriptions {

    private static final Logger LOG = Logger.getLogger(LiveSubscriptions.class);
    /** Arguments that name a model or benchmark by id or slug. */
    private static final List<String> ID_FILTERS = List.of("model", "benchmark");
    private static final int MAX_FILTER_LENGTH = 200;

    private final LiveFeed feed;

    public LiveSubscriptions(LiveFeed feed) {
        this.feed = feed;
    }

    @Subscription("articlePublished")
    @Description("Each article as it is published, optionally only in one language.")
    public Multi<@NonNull PublishedArticle> articlePublished(
            @Name("language") @Description("Only articles in this language; all when absent") Language language) {
        return of(EventType.ARTICLE_PUBLISHED, ArticleState.class)
                .filter(a -> language == null || language.tag().equalsIgnoreCase(a.language()))
                .map(LiveMapping::article);
    }

    @Subscription("stateOfTheArtChanged")
    @Description("Each change of the best result on a leaderboard, optionally on one benchmark only.")
    public Multi<@NonNull NewStateOfTheArt> stateOfTheArtChanged(
            @Name("benchmark") @Id @Description("A benchmark id or slug") String benchmark) {
        String wanted = filter(benchmark);
        return of(EventType.STATE_OF_THE_ART_CHANGED, StateOfTheArtChanged.class)
                .filter(c -> matches(wanted, c.benchmarkId(), c.benchmarkSlug()))
                .map(LiveMapping::stateOfTheArt);
    }

    @Subscription("claimConflictDetected")
    @Description("Each claim an article makes that contradicts the record, when first found; optionally about one "
            + "model and/or one benchmark.")
    public Multi<@NonNull ClaimConflict> claimConflictDetected(
            @Name("model") @Id @Description("A model id or slug") String model,
            @Name("benchmark") @Id @Description("A benchmark id or slug") String benchmark) {
        String wantedModel = filter(model);
        String wantedBenchmark = filter(benchmark);
        return of(EventType.CLAIM_CONFLICT_DETECTED, ClaimConflictDetected.class)
                .filter(c -> matches(wantedModel, c.modelId(), c.modelSlug())
                        && matches(wantedBenchmark, c.benchmarkId(), c.benchmarkSlug()))
                .map(LiveMapping::claimConflict);
    }

    /** Payloads of one event type; one that does not decode is skipped rather than ending the subscription. */
    private <T extends Record> Multi<T> of(EventType type, Class<T> payload) {
        return feed.events().filter(e -> e.type() == type).onItem().transformToIterable((EventEnvelope e) -> {
            try {
                return List.of(EventCodec.payload(e, payload));
            } catch (EventCodec.MalformedEventException ex) {
                LOG.warnf("Subscriptions skip event %s: %s", e.id(), ex.getMessage());
                return List.of();
            }
        });
    }

    /**
     * Refuses a blank or overlong id filter. {@link SubscriptionGate} calls it before a subscription starts: the one
     * moment a refusal can still reach the client as an error.
     */
    static void checkFilters(Map<String, Object> arguments) throws BadUserInputException {
        for (String argument : ID_FILTERS) {
            if (arguments.get(argument) instanceof String value
                    && (value.isBlank() || value.length() > MAX_FILTER_LENGTH)) {
                throw new BadUserInputException(argument,
                        "give an id or slug of 1 to " + MAX_FILTER_LENGTH + " characters, or leave it out");
            }
        }
    }

    /** A filter as matched (already checked, see {@link #checkFilters}), or null for none. */
    private static String filter(String value) {
        return value == null ? null : value.strip();
    }

    private static boolean matches(String wanted, String id, String slug) {
        return wanted == null || wanted.equals(id) || wanted.equals(slug);
    }
}
