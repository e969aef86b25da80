package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.InsightsClient;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.InsightTypes.TrendInterval;
import ai.frontierwatch.gateway.schema.InsightTypes.TrendPoint;
import ai.frontierwatch.gateway.schema.InsightTypes.TrendingModel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Mention trends and the models rising fastest. */
@GraphQLApi
public class TrendFetchers {

    private final InsightsClient insights;
    private final ModelLookup models;
    private final Offload offload;

    public TrendFetchers(InsightsClient insights, ModelLookup models, Offload offload) {
        this.insights = insights;
        this.models = models;
        this.offload = offload;
    }

    @Description("Articles and mentions per day or week, by publication date; none for a model not in the catalogue.")
    public CompletionStage<List<List<@NonNull TrendPoint>>> mentionTrend(@Source List<Model> parents,
            @Name("interval") @DefaultValue("DAY") @Description("One point per day or per week") TrendInterval interval,
            @Name("from") @Description("First date; default 90 days before `to`") LocalDate from,
            @Name("to") @Description("Last date; default today") LocalDate to) {
        return offload.run(() -> {
            if (from != null && to != null && from.isAfter(to)) {
                throw new BadUserInputException("from", "is after `to`");
            }
            var ids = Batches.keys(parents, Model::catalogueId);
            var trends = Downstream.call(InsightsClient.SERVICE,
                    () -> insights.trends(ids, interval.name().toLowerCase(Locale.ROOT), from, to));
            Map<String, List<TrendPoint>> byModel = new HashMap<>();
            trends.forEach(t -> byModel.put(t.entityId(), t.points().stream()
                    .map(p -> new TrendPoint(p.period(), (int) p.articles(), (int) p.mentions())).toList()));
            return Batches.alignLists(parents, Model::catalogueId, byModel);
        });
    }

    @Query("trendingModels")
    @Description("Models whose mentions rise fastest: this window against the previous one of the same length.")
    public CompletionStage<@NonNull List<@NonNull TrendingModel>> trendingModels(
            @Name("days") @DefaultValue("7") @Description("Window length in days, 1 to 365") int days,
            @Name("asOf") @Description("Last day of the window; default today") LocalDate asOf,
            @Name("first") @DefaultValue("10") @Description("1 to 100") int first) {
        return offload.run(() -> {
            if (days < 1 || days > 365) {
                throw new BadUserInputException("days", "must be between 1 and 365");
            }
            if (first < 1 || first > 100) {
                throw new BadUserInputException("first", "must be between 1 and 100");
            }
            return Downstream.call(InsightsClient.SERVICE, () -> insights.momentum(days + "d", asOf, first)).stream()
                    .map(m -> new TrendingModel(m.windowStart(), m.asOf(), (int) m.current(), (int) m.previous(),
                            (int) m.change(), m.growth(), m.modelId())).toList();
        });
    }

    @Description("The model.")
    public CompletionStage<List<Model>> model(@Source List<TrendingModel> parents) {
        return offload.run(() -> Batches.align(parents, TrendingModel::modelId,
                models.models(Batches.keys(parents, TrendingModel::modelId))));
    }
}
