package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.InsightDtos.ComparisonDto;
import ai.frontierwatch.gateway.client.InsightsClient;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.schema.CatalogTypes.Benchmark;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.InsightMapping;
import ai.frontierwatch.gateway.schema.InsightTypes.BenchmarkRank;
import ai.frontierwatch.gateway.schema.InsightTypes.Comparison;
import ai.frontierwatch.gateway.schema.InsightTypes.ComparisonRow;
import ai.frontierwatch.gateway.schema.InsightTypes.ComparisonTally;
import ai.frontierwatch.gateway.schema.InsightTypes.Leaderboard;
import ai.frontierwatch.gateway.schema.InsightTypes.LeaderboardEntry;
import ai.frontierwatch.gateway.schema.InsightTypes.ModelScore;
import ai.frontierwatch.gateway.schema.InsightTypes.StateOfTheArtChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Leaderboards, ranks, state of the art and head-to-head comparisons. */
@GraphQLApi
public class LeaderboardFetchers {

    private final InsightsClient insights;
    private final CatalogLookup catalog;
    private final Offload offload;

    public LeaderboardFetchers(InsightsClient insights, CatalogLookup catalog, Offload offload) {
        this.insights = insights;
        this.catalog = catalog;
        this.offload = offload;
    }

    @Description("The leaderboard: best comparable result per model, ranks, ties, gaps and provenance. Without "
            + "`conditions`, the conditions with the most models.")
    public CompletionStage<List<Leaderboard>> leaderboard(@Source List<Benchmark> parents,
            @Name("asOf") @Description("As it stood on this date; default now") LocalDate asOf,
            @Name("conditions") @Description("Canonical conditions key, e.g. \"no-tools\"; \"\" for none") String conditions) {
        return offload.run(() -> {
            var ids = Batches.keys(parents, Benchmark::id);
            var boards = Downstream.call(InsightsClient.SERVICE, () -> insights.leaderboards(ids, asOf, conditions));
            Map<String, Leaderboard> byBenchmark = new java.util.HashMap<>();
            boards.forEach(b -> byBenchmark.put(b.benchmarkId(), InsightMapping.leaderboard(b)));
            return Batches.align(parents, Benchmark::id, byBenchmark);
        });
    }

    @Description("The model of this entry.")
    public CompletionStage<List<Model>> model(@Source List<LeaderboardEntry> parents) {
        return offload.run(() -> Batches.align(parents, LeaderboardEntry::modelId,
                catalog.models(Batches.keys(parents, LeaderboardEntry::modelId))));
    }

    @Query("stateOfTheArt")
    @Description("Who led a benchmark when: every change of the best result, oldest first.")
    public CompletionStage<@NonNull List<@NonNull StateOfTheArtChange>> stateOfTheArt(
            @Name("benchmark") @NonNull @Description("Benchmark id or slug") String benchmark,
            @Name("conditions") @Description("Canonical conditions key; default: the most common") String conditions) {
        return offload.run(() -> {
            var history = Downstream.call(InsightsClient.SERVICE, () -> insights.history(benchmark, conditions));
            return history.map(h -> h.points().stream()
                    .map(p -> new StateOfTheArtChange(p.date(), p.value(), p.improvement(), p.modelId())).toList())
                    .orElse(List.of());
        });
    }

    @Name("model")
    @Description("The model that took the lead.")
    public CompletionStage<List<Model>> leader(@Source List<StateOfTheArtChange> parents) {
        return offload.run(() -> Batches.align(parents, StateOfTheArtChange::modelId,
                catalog.models(Batches.keys(parents, StateOfTheArtChange::modelId))));
    }

    @Description("The model's place on every benchmark it has a result on; none for a model not in the catalogue.")
    public CompletionStage<List<List<@NonNull BenchmarkRank>>> ranks(@Source List<Model> parents) {
        return offload.run(() -> {
            var ids = Batches.keys(parents, Model::catalogueId);
            var all = Downstream.call(InsightsClient.SERVICE, () -> insights.ranks(ids));
            Map<String, List<BenchmarkRank>> byModel = new java.util.HashMap<>();
            all.forEach(m -> byModel.put(m.modelId(), m.ranks() == null ? List.of() : m.ranks().stream()
                    .map(r -> new BenchmarkRank(r.rank(), r.entries(), r.value(),
                            InsightMapping.conditions(r.conditions()), r.tiedWith() != null && !r.tiedWith().isEmpty(),
                            r.benchmarkId())).toList()));
            return Batches.alignLists(parents, Model::catalogueId, byModel);
        });
    }

    @Description("The benchmark of this rank.")
    public CompletionStage<List<Benchmark>> benchmark(@Source List<BenchmarkRank> parents) {
        return offload.run(() -> Batches.align(parents, BenchmarkRank::benchmarkId,
                catalog.benchmarks(Batches.keys(parents, BenchmarkRank::benchmarkId))));
    }

    @Query("compare")
    @Description("Two to ten models head to head on the benchmarks they share: wins, losses, ties and margins.")
    public CompletionStage<Comparison> compare(
            @Name("models") @NonNull @Description("Model ids or slugs") List<@NonNull String> models,
            @Name("asOf") @Description("Compare the results on record on this date; default now") LocalDate asOf) {
        return offload.run(() -> {
            Set<String> distinct = new LinkedHashSet<>(models);
            if (distinct.size() < 2 || distinct.size() > 10) {
                throw new BadUserInputException("models", "give 2 to 10 different models");
            }
            ComparisonDto dto = Downstream.call(InsightsClient.SERVICE, () -> insights.compare(distinct, asOf));
            List<ComparisonRow> rows = new ArrayList<>();
            for (var row : dto.benchmarks()) {
                List<ModelScore> scores = row.values() == null ? List.of() : row.values().entrySet().stream()
                        .map(e -> new ModelScore(e.getValue(), e.getKey())).toList();
                boolean tie = row.tiedModelIds() != null && row.tiedModelIds().size() > 1;
                rows.add(new ComparisonRow(InsightMapping.conditions(row.conditions()), scores, tie, row.margin(),
                        row.benchmarkId(), tie ? null : row.winnerModelId()));
            }
            List<ComparisonTally> tallies = dto.tallies() == null ? List.of() : dto.tallies().stream()
                    .map(t -> new ComparisonTally(t.wins(), t.losses(), t.ties(), t.modelId())).toList();
            return new Comparison(rows, tallies);
        });
    }

    @Description("The benchmark of this row.")
    @Name("benchmark")
    public CompletionStage<List<Benchmark>> benchmarkOfRow(@Source List<ComparisonRow> parents) {
        return offload.run(() -> Batches.align(parents, ComparisonRow::benchmarkId,
                catalog.benchmarks(Batches.keys(parents, ComparisonRow::benchmarkId))));
    }

    @Description("The model that won this benchmark outright; null on a tie.")
    public CompletionStage<List<Model>> winner(@Source List<ComparisonRow> parents) {
        return offload.run(() -> Batches.align(parents, ComparisonRow::winnerModelId,
                catalog.models(Batches.keys(parents, ComparisonRow::winnerModelId))));
    }

    @Name("model")
    @Description("The model of this score.")
    public CompletionStage<List<Model>> scoreModel(@Source List<ModelScore> parents) {
        return offload.run(() -> Batches.align(parents, ModelScore::modelId,
                catalog.models(Batches.keys(parents, ModelScore::modelId))));
    }

    @Name("model")
    @Description("The model of this tally.")
    public CompletionStage<List<Model>> tallyModel(@Source List<ComparisonTally> parents) {
        return offload.run(() -> Batches.align(parents, ComparisonTally::modelId,
                catalog.models(Batches.keys(parents, ComparisonTally::modelId))));
    }
}
