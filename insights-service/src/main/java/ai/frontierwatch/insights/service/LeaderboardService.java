package ai.frontierwatch.insights.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.domain.Comparison;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.domain.Leaderboard;
import ai.frontierwatch.insights.domain.LeaderboardEntry;
import ai.frontierwatch.insights.domain.RecordedResult;
import ai.frontierwatch.insights.domain.SotaPoint;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.repository.ResultStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Leaderboards, ranks, state of the art and head-to-head comparisons over the results on record. Rankings read
 * only each model's best result per benchmark and conditions (kept in {@code result_best} by the consumer; chosen
 * from all results for a past date): the rest cannot change them. Sources are read only where an answer shows them.
 */
@ApplicationScoped
@Transactional
public class LeaderboardService {

    /** A model's place on one benchmark's leaderboard. */
    public record Rank(String benchmarkId, String benchmarkSlug, String benchmarkName, String conditions, int rank,
            int entries, double value, List<String> tiedWith) {
    }

    public record ModelRanks(String modelId, List<Rank> ranks) {
    }

    /** Who led a benchmark when, under one conditions key. */
    public record History(String benchmarkId, String conditions, List<SotaPoint> points) {
    }

    private final ResultStore results;
    private final CatalogueCache catalogue;

    public LeaderboardService(ResultStore results, CatalogueCache catalogue) {
        this.results = results;
        this.catalogue = catalogue;
    }

    /**
     * One leaderboard per known benchmark, in request order; unknown benchmarks are left out. Benchmarks may be
     * named by id or slug (resolved against the same catalogue snapshot, in this transaction).
     */
    public List<Leaderboard> leaderboards(List<String> benchmarkIdsOrSlugs, LocalDate asOf, String conditions) {
        Catalogue c = catalogue.current();
        List<String> benchmarkIds = c.resolve(EntityKind.BENCHMARK, benchmarkIdsOrSlugs);
        Map<String, List<RecordedResult>> byBenchmark = group(
                results.bestForBenchmarks(benchmarkIds, c.lowerIsBetterBenchmarkIds(), asOf, true));
        List<Leaderboard> boards = new ArrayList<>();
        for (String id : benchmarkIds) {
            c.benchmark(id).ifPresent(b -> boards.add(Ranking.leaderboard(info(b),
                    byBenchmark.getOrDefault(id, List.of()), asOf, conditions, c::model)));
        }
        return boards;
    }

    public Optional<History> history(String benchmarkIdOrSlug, String conditions) {
        Catalogue c = catalogue.current();
        String benchmarkId = c.resolve(EntityKind.BENCHMARK, List.of(benchmarkIdOrSlug)).get(0);
        return c.benchmark(benchmarkId).map(b -> {
            List<RecordedResult> all = results.forBenchmarks(List.of(benchmarkId));
            String chosen = conditions != null ? conditions
                    : Ranking.groups(all).stream().findFirst().map(Leaderboard.ConditionsGroup::conditions).orElse("");
            return new History(benchmarkId, chosen, Ranking.history(info(b), all, chosen, c::model));
        });
    }

    /** Each model's rank on every benchmark it has a result on (under that benchmark's default conditions). */
    public List<ModelRanks> ranks(List<String> modelIdsOrSlugs, LocalDate asOf) {
        Catalogue c = catalogue.current();
        List<String> modelIds = c.resolve(EntityKind.MODEL, modelIdsOrSlugs);
        Map<String, List<RecordedResult>> byBenchmark = group(
                results.bestOnBenchmarksOf(modelIds, c.lowerIsBetterBenchmarkIds(), asOf));
        Map<String, List<Rank>> ranks = new LinkedHashMap<>();
        modelIds.forEach(m -> ranks.put(m, new ArrayList<>()));
        byBenchmark.forEach((benchmarkId, list) -> c.benchmark(benchmarkId).ifPresent(b -> {
            Leaderboard board = Ranking.leaderboard(info(b), list, asOf, null, c::model);
            for (LeaderboardEntry e : board.entries()) {
                List<Rank> forModel = ranks.get(e.modelId());
                if (forModel != null) {
                    forModel.add(new Rank(b.id(), b.slug(), b.name(), board.conditions(), e.rank(),
                            board.entries().size(), e.value(), e.tiedWith()));
                }
            }
        }));
        return ranks.entrySet().stream().map(e -> new ModelRanks(e.getKey(), e.getValue().stream()
                .sorted(java.util.Comparator.comparing(Rank::benchmarkSlug, java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder()))).toList())).toList();
    }

    /** Two to ten models (by id or slug) head to head; 400 for fewer or more. */
    public Comparison compare(List<String> modelIdsOrSlugs, LocalDate asOf) {
        Catalogue c = catalogue.current();
        List<String> modelIds = c.resolve(EntityKind.MODEL, modelIdsOrSlugs);
        if (modelIds.size() < 2 || modelIds.size() > 10) {
            throw ProblemException.badRequest("modelIds must name 2 to 10 different models");
        }
        List<RecordedResult> all = results.bestForModels(modelIds, c.lowerIsBetterBenchmarkIds(), asOf);
        Map<String, Ranking.BenchmarkInfo> infos = new LinkedHashMap<>();
        all.stream().map(RecordedResult::benchmarkId).distinct()
                .forEach(id -> c.benchmark(id).ifPresent(b -> infos.put(id, info(b))));
        return Ranking.compare(modelIds, infos, all, asOf);
    }

    private static Map<String, List<RecordedResult>> group(List<RecordedResult> list) {
        return list.stream().collect(Collectors.groupingBy(RecordedResult::benchmarkId, LinkedHashMap::new,
                Collectors.toList()));
    }

    static Ranking.BenchmarkInfo info(BenchmarkState b) {
        return new Ranking.BenchmarkInfo(b.id(), b.slug(), b.name(), b.unit(), b.higherIsBetter());
    }
}
