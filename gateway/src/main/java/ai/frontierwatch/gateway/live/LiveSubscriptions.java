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

    private final LiveFeed feed;

    public LiveSubscriptions(LiveFeed feed) {
        this.feed = feed;
    }

    @Subscription("articlePublished")
    @Description("Each article as it is published, optionally only in one language.")
    public Multi<@NonNull PublishedArticle> articlePublished(@Name("language") Language language) {
        return of(EventType.ARTICLE_PUBLISHED, ArticleState.class)
                .filter(a -> language == null || language.tag().equalsIgnoreCase(a.language()))
                .map(LiveMapping::article);
    }

    @Subscription("stateOfTheArtChanged")
    @Description("Each change of the best result on a leaderboard, optionally on one benchmark only.")
    public Multi<@NonNull NewStateOfTheArt> stateOfTheArtChanged(
            @Name("benchmark") @Id @Description("A benchmark id or slug") String benchmark) {
        try {
            String wanted = optional("benchmark", benchmark);
            return of(EventType.STATE_OF_THE_ART_CHANGED, StateOfTheArtChanged.class)
                    .filter(c -> matches(wanted, c.benchmarkId(), c.benchmarkSlug()))
                    .map(LiveMapping::stateOfTheArt);
        } catch (BadUserInputException e) {
            return refused(e);
        }
    }

    @Subscription("claimConflictDetected")
    @Description("Each claim an article makes that contradicts the record, when first found; optionally about one "
            + "model and/or one benchmark.")
    public Multi<@NonNull ClaimConflict> claimConflictDetected(
            @Name("model") @Id @Description("A model id or slug") String model,
            @Name("benchmark") @Id @Description("A benchmark id or slug") String benchmark) {
        try {
            String wantedModel = optional("model", model);
            String wantedBenchmark = optional("benchmark", benchmark);
            return of(EventType.CLAIM_CONFLICT_DETECTED, ClaimConflictDetected.class)
                    .filter(c -> matches(wantedModel, c.modelId(), c.modelSlug())
                            && matches(wantedBenchmark, c.benchmarkId(), c.benchmarkSlug()))
                    .map(LiveMapping::claimConflict);
        } catch (BadUserInputException e) {
            return refused(e);
        }
    }

    /**
     * Ends a subscription with a bad filter at once (the client receives "complete"). SmallRye GraphQL 2.17 sends
     * no error for a subscription that fails as it starts (neither a thrown exception nor a failed stream reaches
     * the client), so completing is the one answer the client does get.
     */
    private static <T> Multi<T> refused(BadUserInputException e) {
        LOG.debugf("Subscription refused: %s", e.getMessage());
        return Multi.createFrom().empty();
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

    private static String optional(String argument, String value) throws BadUserInputException {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 200) {
            throw new BadUserInputException(argument, "give an id or slug of 1 to 200 characters, or leave it out");
        }
        return value.strip();
    }

    private static boolean matches(String wanted, String id, String slug) {
        return wanted == null || wanted.equals(id) || wanted.equals(slug);
    }
}
