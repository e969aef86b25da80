package ai.frontierwatch.insights.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.EntityDeleted;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.domain.Leaderboard;
import ai.frontierwatch.insights.domain.LeaderboardEntry;
import ai.frontierwatch.insights.support.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Leaderboards read each model's best result from result_best, which the consumer keeps: a correction that
 * lowers a best result, a result moving to other conditions, a deletion and a benchmark turning lower-is-better
 * each leave the boards the full set of results gives (a board as of a date far ahead is computed from all
 * results, and must agree).
 */
@QuarkusTest
class BestResultsTest {

    @Inject
    EventApplier applier;

    @Inject
    LeaderboardService leaderboards;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String benchmark = "b-best-" + suffix;
    private final String a = "m-best-a-" + suffix;
    private final String b = "m-best-b-" + suffix;

    @Test
    void boardsFollowCorrectionsMovesDeletionsAndTheDirectionOfBetter() {
        try (EventPublisher publisher = new EventPublisher()) {
            deliver(publisher, publisher.envelope(EventType.BENCHMARK_UPSERTED, benchmark, 1, benchmark(true)));
            for (String model : List.of(a, b)) {
                deliver(publisher, publisher.envelope(EventType.MODEL_UPSERTED, model, 1, new ModelState(model,
                        model, "Best " + model, null, null, List.of(), null, "TEXT", null, false)));
            }
            result(publisher, "r1", 1, a, 70.0, "");
            result(publisher, "r2", 1, a, 75.0, "");
            result(publisher, "r3", 1, b, 72.0, "");
            assertBoard("", tuple(a, 75.0, id("r2")), tuple(b, 72.0, id("r3")));

            result(publisher, "r2", 2, a, 60.0, ""); // corrected below the model's other result
            assertBoard("", tuple(b, 72.0, id("r3")), tuple(a, 70.0, id("r1")));

            result(publisher, "r1", 2, a, 70.0, "no-tools"); // moved to other conditions
            assertBoard("", tuple(b, 72.0, id("r3")), tuple(a, 60.0, id("r2")));
            assertBoard("no-tools", tuple(a, 70.0, id("r1")));

            deliver(publisher, publisher.envelope(EventType.BENCHMARK_RESULT_DELETED, id("r3"), 2,
                    new EntityDeleted(id("r3"), null)));
            result(publisher, "r5", 1, b, 65.0, "");
            result(publisher, "r6", 1, a, 90.0, "");
            assertBoard("", tuple(a, 90.0, id("r6")), tuple(b, 65.0, id("r5")));

            deliver(publisher, publisher.envelope(EventType.BENCHMARK_UPSERTED, benchmark, 2, benchmark(false)));
            assertBoard("", tuple(a, 60.0, id("r2")), tuple(b, 65.0, id("r5")));
            assertBoard("no-tools", tuple(a, 70.0, id("r1")));
        }
    }

    private BenchmarkState benchmark(boolean higherIsBetter) {
        return new BenchmarkState(benchmark, benchmark, "Bestbench " + suffix, List.of(), "CODING", "PERCENT",
                higherIsBetter, 0.0, 100.0);
    }

    private String id(String result) {
        return result + "-" + suffix;
    }

    private void result(EventPublisher publisher, String result, long version, String model, double value,
            String conditions) {
        deliver(publisher, publisher.envelope(EventType.BENCHMARK_RESULT_UPSERTED, id(result), version,
                new BenchmarkResultState(id(result), model, benchmark, value, null, null, null, conditions,
                        LocalDate.of(2025, 10, 1).plusDays(version), false, List.of())));
    }

    private void assertBoard(String conditions, Tuple... entries) {
        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2999, 1, 1)}) {
            Leaderboard board = leaderboards.leaderboards(List.of(benchmark), asOf, conditions).get(0);
            assertThat(board.entries()).as("conditions '%s', as of %s", conditions, asOf)
                    .extracting(LeaderboardEntry::modelId, LeaderboardEntry::value, LeaderboardEntry::resultId)
                    .containsExactly(entries);
        }
    }

    /**
     * Applies the event as the consumer does, then publishes it (the consumer skips it as processed), so that the
     * topics hold everything applied and a rebuild by another test sees the same world.
     */
    private void deliver(EventPublisher publisher, EventEnvelope event) {
        applier.apply(EventCodec.toJson(event));
        publisher.send(event);
    }
}
