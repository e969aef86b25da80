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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final BoardCache cache;
    private final ObjectMapper json;

    public LeaderboardService(ResultStore results, CatalogueCache catalogue, BoardCache cache, ObjectMapper json) {
        this.results = results;
        this.catalogue = catalogue;
        this.cache = cache;
        this.json = json;
    }

    /**
     * One leaderboard per known benchmark, in request order; unknown benchmarks are left out. Benchmarks may be
     * named by id or slug (resolved against the same catalogue snapshot, in this transaction).
     */
    public List<Leaderboard> leaderboards(List<String> benchmarkIdsOrSlugs, LocalDate asOf, String conditions) {
        Catalogue c = catalogue.current();
        return compute(c, known(c, benchmarkIdsOrSlugs), asOf, conditions);
    }

    /**
     * As {@link #leaderboards}, each board serialized as the API sends it. A board computed at the current
     * catalogue and board revisions is answered from the {@link BoardCache}; the others are computed (one read
     * for all of them) and kept.
     */
    public List<byte[]> leaderboardsJson(List<String> benchmarkIdsOrSlugs, LocalDate asOf, String conditions) {
        CatalogueCache.Snapshot snapshot = catalogue.snapshot();
        Catalogue c = snapshot.catalogue();
        List<String> benchmarkIds = known(c, benchmarkIdsOrSlugs);
        // Revisions are read before the results: what is read next is at least as new as what they stamp.
        Map<String, Long> revisions = results.boardRevisions(benchmarkIds);
        Map<String, byte[]> answers = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : benchmarkIds) {
            byte[] cached = cache.get(boardKey(id, conditions, asOf), stamp(snapshot, revisions, id));
            if (cached == null) {
                missing.add(id);
            } else {
                answers.put(id, cached);
            }
        }
        for (Leaderboard board : compute(c, missing, asOf, conditions)) {
            byte[] serialized = write(board);
            cache.put(boardKey(board.benchmarkId(), conditions, asOf), stamp(snapshot, revisions, board.benchmarkId()),
                    serialized);
            answers.put(board.benchmarkId(), serialized);
        }
        return benchmarkIds.stream().map(answers::get).toList();
    }

    private static BoardCache.Key boardKey(String benchmarkId, String conditions, LocalDate asOf) {
        return new BoardCache.Key(BoardCache.Kind.BOARD, benchmarkId, conditions, asOf);
    }

    private static BoardCache.Stamp stamp(CatalogueCache.Snapshot snapshot, Map<String, Long> revisions,
            String benchmarkId) {
        return new BoardCache.Stamp(snapshot.fingerprint(), revisions.getOrDefault(benchmarkId, 0L));
    }

    /** The ids of the benchmarks named by id or slug that the catalogue knows, in order. */
    private static List<String> known(Catalogue c, List<String> benchmarkIdsOrSlugs) {
        return c.resolve(EntityKind.BENCHMARK, benchmarkIdsOrSlugs).stream()
                .filter(id -> c.benchmark(id).isPresent()).toList();
    }

    private List<Leaderboard> compute(Catalogue c, List<String> benchmarkIds, LocalDate asOf, String conditions) {
        if (benchmarkIds.isEmpty()) {
            return List.of();
        }
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
        return known(c, List.of(benchmarkIdOrSlug)).stream().findFirst().map(id -> history(c, id, conditions));
    }

    /** As {@link #history}, serialized as the API sends it, from the {@link BoardCache} while it is current. */
    public Optional<byte[]> historyJson(String benchmarkIdOrSlug, String conditions) {
        CatalogueCache.Snapshot snapshot = catalogue.snapshot();
        Catalogue c = snapshot.catalogue();
        return known(c, List.of(benchmarkIdOrSlug)).stream().findFirst().map(id -> {
            BoardCache.Key key = new BoardCache.Key(BoardCache.Kind.HISTORY, id, conditions, null);
            BoardCache.Stamp stamp = stamp(snapshot, results.boardRevisions(List.of(id)), id);
            byte[] cached = cache.get(key, stamp);
            if (cached == null) {
                cached = write(history(c, id, conditions));
                cache.put(key, stamp, cached);
            }
            return cached;
        });
    }

    private History history(Catalogue c, String benchmarkId, String conditions) {
        BenchmarkState b = c.benchmark(benchmarkId).orElseThrow();
        List<RecordedResult> all = results.forBenchmarks(List.of(benchmarkId));
        String chosen = conditions != null ? conditions
                : Ranking.groups(all).stream().findFirst().map(Leaderboard.ConditionsGroup::conditions).orElse("");
        return new History(benchmarkId, chosen, Ranking.history(info(b), all, chosen, c::model));
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialize " + answer.getClass().getSimpleName(), e);
        }
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
