package ai.frontierwatch.insights.service;

import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.domain.Comparison;
import ai.frontierwatch.insights.domain.Leaderboard;
import ai.frontierwatch.insights.domain.LeaderboardEntry;
import ai.frontierwatch.insights.domain.RecordedResult;
import ai.frontierwatch.insights.domain.SotaPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Leaderboards, state of the art over time and head-to-head comparisons, computed from recorded results. */
public final class Ranking {

    /** What ranking needs of a benchmark. */
    public record BenchmarkInfo(String id, String slug, String name, String unit, boolean higherIsBetter) {
    }

    private Ranking() {
    }

    /** Results known on {@code asOf}: measured on or before it (a result without a date only counts for "now"). */
    static boolean visible(RecordedResult r, LocalDate asOf) {
        return asOf == null || r.measuredOn() != null && !r.measuredOn().isAfter(asOf);
    }

    static Comparator<RecordedResult> bestFirst(boolean higherIsBetter) {
        Comparator<RecordedResult> byValue = Comparator.comparingDouble(RecordedResult::value);
        return (higherIsBetter ? byValue.reversed() : byValue)
                .thenComparing(RecordedResult::measuredOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RecordedResult::id);
    }

    /** Equal values, or uncertainty intervals that overlap. */
    static boolean tied(RecordedResult a, RecordedResult b) {
        if (a.value() == b.value()) {
            return true;
        }
        return (a.hasUncertainty() || b.hasUncertainty()) && a.low() <= b.high() && b.low() <= a.high();
    }

    /** The best result of each model, best model first. */
    static List<RecordedResult> bestPerModel(List<RecordedResult> results, boolean higherIsBetter) {
        Map<String, RecordedResult> best = new LinkedHashMap<>();
        results.stream().sorted(bestFirst(higherIsBetter)).forEach(r -> best.putIfAbsent(r.modelId(), r));
        return new ArrayList<>(best.values());
    }

    public static Leaderboard leaderboard(BenchmarkInfo benchmark, List<RecordedResult> results, LocalDate asOf,
            String conditions, Function<String, Optional<ModelState>> models) {
        List<RecordedResult> visible = results.stream().filter(r -> visible(r, asOf)).toList();
        List<Leaderboard.ConditionsGroup> groups = groups(visible);
        String chosen = conditions != null ? conditions : groups.isEmpty() ? "" : groups.get(0).conditions();
        List<RecordedResult> best = bestPerModel(
                visible.stream().filter(r -> r.conditions().equals(chosen)).toList(), benchmark.higherIsBetter());
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            RecordedResult r = best.get(i);
            int rank = 1;
            List<String> tiedWith = new ArrayList<>();
            for (int j = 0; j < best.size(); j++) {
                if (j == i) {
                    continue;
                }
                RecordedResult other = best.get(j);
                if (tied(r, other)) {
                    tiedWith.add(other.modelId());
                } else if (j < i) {
                    rank++;
                }
            }
            Double gap = i + 1 < best.size() ? Math.abs(r.value() - best.get(i + 1).value()) : null;
            Optional<ModelState> model = models.apply(r.modelId());
            entries.add(new LeaderboardEntry(rank, r.modelId(), model.map(ModelState::slug).orElse(null),
                    model.map(ModelState::name).orElse(null), model.map(ModelState::vendorId).orElse(null), r.value(),
                    r.stderr(), r.lowerBound(), r.upperBound(), gap == null ? null : round(gap), List.copyOf(tiedWith),
                    r.id(), r.measuredOn(), r.disputed(), sources(r)));
        }
        return new Leaderboard(benchmark.id(), benchmark.slug(), benchmark.name(), benchmark.unit(),
                benchmark.higherIsBetter(), chosen, asOf, groups, entries);
    }

    /** Conditions keys by number of models, most first ("" first among equals, then alphabetical). */
    static List<Leaderboard.ConditionsGroup> groups(List<RecordedResult> results) {
        Map<String, Long> models = results.stream().collect(Collectors.groupingBy(RecordedResult::conditions,
                TreeMap::new, Collectors.mapping(RecordedResult::modelId, Collectors.collectingAndThen(
                        Collectors.toSet(), s -> (long) s.size()))));
        return models.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Leaderboard.ConditionsGroup(e.getKey(), e.getValue().intValue())).toList();
    }

    /** Who led when: every date on which a result beat the best value before it. */
    public static List<SotaPoint> history(BenchmarkInfo benchmark, List<RecordedResult> results, String conditions,
            Function<String, Optional<ModelState>> models) {
        Comparator<RecordedResult> better = bestFirst(benchmark.higherIsBetter());
        List<RecordedResult> dated = results.stream()
                .filter(r -> r.measuredOn() != null && r.conditions().equals(conditions))
                .sorted(Comparator.comparing(RecordedResult::measuredOn).thenComparing(better)).toList();
        List<SotaPoint> points = new ArrayList<>();
        RecordedResult leader = null;
        for (RecordedResult r : dated) {
            boolean improves = leader == null || (benchmark.higherIsBetter() ? r.value() > leader.value()
                    : r.value() < leader.value());
            if (improves) {
                points.add(new SotaPoint(r.measuredOn(), r.modelId(),
                        models.apply(r.modelId()).map(ModelState::name).orElse(null), r.value(), r.id(),
                        leader == null ? null : leader.modelId(),
                        leader == null ? null : round(Math.abs(r.value() - leader.value()))));
                leader = r;
            }
        }
        return points;
    }

    /** Head to head on every benchmark all the models have results on under equal conditions. */
    public static Comparison compare(List<String> modelIds, Map<String, BenchmarkInfo> benchmarks,
            List<RecordedResult> results, LocalDate asOf) {
        Map<String, List<RecordedResult>> byBenchmark = results.stream()
                .filter(r -> visible(r, asOf) && modelIds.contains(r.modelId()))
                .collect(Collectors.groupingBy(RecordedResult::benchmarkId, TreeMap::new, Collectors.toList()));
        Map<String, int[]> tally = new LinkedHashMap<>();
        modelIds.forEach(m -> tally.put(m, new int[3]));
        List<Comparison.Row> rows = new ArrayList<>();
        List<String> notShared = new ArrayList<>();
        for (var entry : byBenchmark.entrySet()) {
            BenchmarkInfo benchmark = benchmarks.get(entry.getKey());
            if (benchmark == null) {
                continue;
            }
            // The first conditions key (alphabetically, "" first) under which every model has a result.
            Map<String, List<RecordedResult>> byConditions = entry.getValue().stream()
                    .collect(Collectors.groupingBy(RecordedResult::conditions, TreeMap::new, Collectors.toList()));
            Optional<Map.Entry<String, List<RecordedResult>>> shared = byConditions.entrySet().stream()
                    .filter(e -> e.getValue().stream().map(RecordedResult::modelId).distinct().count() == modelIds.size())
                    .findFirst();
            if (shared.isEmpty()) {
                notShared.add(benchmark.id());
                continue;
            }
            List<RecordedResult> best = bestPerModel(shared.get().getValue(), benchmark.higherIsBetter());
            RecordedResult top = best.get(0);
            List<String> tiedTop = best.stream().filter(r -> r == top || tied(top, r)).map(RecordedResult::modelId).toList();
            boolean tie = tiedTop.size() > 1;
            for (RecordedResult r : best) {
                tally.get(r.modelId())[tie ? (tiedTop.contains(r.modelId()) ? 2 : 1) : (r == top ? 0 : 1)]++;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, String> resultIds = new LinkedHashMap<>();
            modelIds.forEach(m -> best.stream().filter(r -> r.modelId().equals(m)).findFirst().ifPresent(r -> {
                values.put(m, r.value());
                resultIds.put(m, r.id());
            }));
            rows.add(new Comparison.Row(benchmark.id(), benchmark.slug(), benchmark.name(), shared.get().getKey(),
                    benchmark.higherIsBetter(), values, resultIds, tie ? null : top.modelId(),
                    tie ? tiedTop : List.of(), round(Math.abs(top.value() - best.get(1).value()))));
        }
        List<Comparison.Tally> tallies = tally.entrySet().stream()
                .map(e -> new Comparison.Tally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Comparison(List.copyOf(modelIds), rows, tallies, notShared);
    }

    private static com.fasterxml.jackson.databind.JsonNode sources(RecordedResult r) {
        try {
            return r.sourcesJson() == null ? null
                    : ai.frontierwatch.contracts.EventCodec.mapper().readTree(r.sourcesJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored sources are malformed", e);
        }
    }

    /** Differences of decimal scores without binary noise (80.0 - 76.2 = 3.8, not 3.799999). */
    static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
