package ai.frontierwatch.insights.service;

import static ai.frontierwatch.insights.fixtures.CatalogFixture.benchmark;
import static ai.frontierwatch.insights.fixtures.CatalogFixture.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.insights.domain.Comparison;
import ai.frontierwatch.insights.domain.Leaderboard;
import ai.frontierwatch.insights.domain.LeaderboardEntry;
import ai.frontierwatch.insights.domain.RecordedResult;
import ai.frontierwatch.insights.domain.SotaPoint;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RankingTest {

    private final CatalogFixture fixture = CatalogFixture.load();
    private final List<RecordedResult> results = fixture.results.stream()
            .map(r -> new RecordedResult(r.id(), r.modelId(), r.benchmarkId(), r.value(), r.stderr(), r.lowerBound(),
                    r.upperBound(), r.conditions(), r.measuredOn(), r.disputed(), toJson(r.sources())))
            .toList();
    private final Map<String, Ranking.BenchmarkInfo> benchmarks = fixture.benchmarks.stream().collect(Collectors.toMap(
            b -> b.id(), b -> new Ranking.BenchmarkInfo(b.id(), b.slug(), b.name(), b.unit(), b.higherIsBetter())));

    private static String toJson(Object o) {
        try {
            return EventCodec.mapper().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Leaderboard board(String slug, LocalDate asOf) {
        return Ranking.leaderboard(benchmarks.get(benchmark(slug)), results.stream()
                .filter(r -> r.benchmarkId().equals(benchmark(slug))).toList(), asOf, null, id -> Optional.empty());
    }

    @Test
    void leaderboardRanksBestComparableResultsWithGapsAndProvenance() {
        Leaderboard swe = board("swe-bench-verified", null);
        assertThat(swe.entries()).extracting(LeaderboardEntry::rank, LeaderboardEntry::modelId, LeaderboardEntry::value,
                LeaderboardEntry::gapToNext).containsExactly(
                tuple(1, model("claude-opus-4-5"), 80.9, 0.9),
                tuple(2, model("gpt-5-2"), 80.0, 3.8),
                tuple(3, model("gemini-3-pro"), 76.2, null));
        assertThat(swe.entries().get(0).sources().get(0).get("publisher").asText()).isEqualTo("Anthropic");
        assertThat(board("gpqa-diamond", null).conditions()).isEqualTo("no-tools");
    }

    @Test
    void asOfShowsTheBoardAsItStoodAndHistoryShowsWhoLedWhen() {
        Leaderboard before = board("swe-bench-verified", LocalDate.parse("2025-11-20"));
        assertThat(before.entries()).extracting(LeaderboardEntry::modelId).containsExactly(model("gemini-3-pro"));
        List<SotaPoint> history = Ranking.history(benchmarks.get(benchmark("swe-bench-verified")), results.stream()
                .filter(r -> r.benchmarkId().equals(benchmark("swe-bench-verified"))).toList(), "", id -> Optional.empty());
        assertThat(history).extracting(SotaPoint::date, SotaPoint::modelId, SotaPoint::value).containsExactly(
                tuple(LocalDate.parse("2025-11-18"), model("gemini-3-pro"), 76.2),
                tuple(LocalDate.parse("2025-11-24"), model("claude-opus-4-5"), 80.9));
    }

    @Test
    void tiesOnEqualValuesAndOverlappingUncertainty() {
        Ranking.BenchmarkInfo arena = new Ranking.BenchmarkInfo("b", "arena", "Arena", "ELO", true);
        List<RecordedResult> elo = List.of(
                new RecordedResult("r1", "a", "b", 1500, null, 1490.0, 1510.0, "", null, false, null),
                new RecordedResult("r2", "b", "b", 1495, null, 1488.0, 1502.0, "", null, false, null),
                new RecordedResult("r3", "c", "b", 1450, null, 1440.0, 1460.0, "", null, false, null),
                new RecordedResult("r4", "d", "b", 1450, null, null, null, "", null, false, null));
        Leaderboard board = Ranking.leaderboard(arena, elo, null, null, id -> Optional.empty());
        assertThat(board.entries()).extracting(LeaderboardEntry::modelId, LeaderboardEntry::rank, LeaderboardEntry::tiedWith)
                .containsExactly(tuple("a", 1, List.of("b")), tuple("b", 1, List.of("a")),
                        tuple("c", 3, List.of("d")), tuple("d", 3, List.of("c")));
    }

    @Test
    void headToHeadReproducesTheBriefingsCountGpt52LeadsSixOfSeven() {
        Comparison c = Ranking.compare(List.of(model("gpt-5-2"), model("gemini-3-pro")), benchmarks, results, null);
        assertThat(c.benchmarks()).hasSize(7);
        assertThat(c.tallies()).extracting(Comparison.Tally::modelId, Comparison.Tally::wins, Comparison.Tally::losses,
                Comparison.Tally::ties).containsExactly(tuple(model("gpt-5-2"), 6, 1, 0), tuple(model("gemini-3-pro"), 1, 6, 0));
        Comparison.Row mmmu = c.benchmarks().stream().filter(r -> r.benchmarkId().equals(benchmark("mmmu-pro"))).findFirst().orElseThrow();
        assertThat(mmmu.winnerModelId()).isEqualTo(model("gemini-3-pro"));
        assertThat(mmmu.margin()).isEqualTo(0.6);
        Comparison three = Ranking.compare(List.of(model("gpt-5-2"), model("gemini-3-pro"), model("claude-opus-4-5")),
                benchmarks, results, null);
        assertThat(three.benchmarks()).extracting(Comparison.Row::benchmarkId, Comparison.Row::winnerModelId)
                .containsExactly(tuple(benchmark("swe-bench-verified"), model("claude-opus-4-5")));
        assertThat(three.notShared()).hasSize(6);
    }
}
