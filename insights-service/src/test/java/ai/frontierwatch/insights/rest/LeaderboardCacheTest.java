package ai.frontierwatch.insights.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.repository.ResultStore;
import ai.frontierwatch.insights.support.EventPublisher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Leaderboards and histories are answered from the cache of serialized answers while the benchmark's board
 * revision and the catalogue revision stand, both read from the database: a new result event, a renamed model, and
 * a change committed elsewhere with a revision bump (as another instance's consumer makes) each show in the next
 * answer, for the single board, the batch, a board as of a date and the history.
 */
@QuarkusTest
class LeaderboardCacheTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String benchmark = "b-cache-" + suffix;
    private final String a = "m-cache-a-" + suffix;
    private final String b = "m-cache-b-" + suffix;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResultStore results;

    @Test
    void cachedBoardsFollowResultsCatalogueAndChangesFromOtherInstances() throws SQLException {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(publisher.envelope(EventType.BENCHMARK_UPSERTED, benchmark, 1, new BenchmarkState(benchmark,
                    "cache-bench-" + suffix, "Cachebench " + suffix, List.of(), "CODING", "PERCENT", true, 0.0, 100.0)));
            publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, a, 1, model(a, "Cache A")));
            publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, b, 1, model(b, "Cache B")));
            result(publisher, "r1", a, 70.0, LocalDate.of(2025, 10, 1));
            result(publisher, "r2", b, 72.5, LocalDate.of(2025, 10, 2));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(board()).then().statusCode(200)
                    .body("entries.modelId", contains(b, a)).body("entries.value", contains(72.5f, 70.0f)));
            // Every variant computed once and kept; asked again, the same answer comes back.
            assertAnswers(List.of(b, a), List.of(72.5f, 70.0f), List.of(70.0f, 72.5f));
            String before = given().get(board()).then().extract().asString();
            assertThat(given().get(board()).then().extract().asString()).isEqualTo(before);
            given().get(board()).then().body("entries[1].modelName", equalTo("Cache A"))
                    .body("entries[0].gapToNext", equalTo(2.5f));

            // A new best result for A, through Kafka and the consumer.
            result(publisher, "r3", a, 80.0, LocalDate.of(2025, 11, 1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(board()).then()
                    .body("entries.modelId", contains(a, b)).body("entries.value", contains(80.0f, 72.5f))
                    .body("entries[0].resultId", equalTo(id("r3"))));
            assertAnswers(List.of(a, b), List.of(80.0f, 72.5f), List.of(70.0f, 72.5f, 80.0f));
            // A board as of a date before the new result is unchanged.
            given().get(board() + "?asOf=2025-10-31").then().body("entries.value", contains(72.5f, 70.0f));

            // A renamed model changes the catalogue revision.
            publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, a, 2, model(a, "Cache A Prime")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(board()).then()
                    .body("entries[0].modelName", equalTo("Cache A Prime")));
            given().get(board() + "/history").then().body("points[2].modelName", equalTo("Cache A Prime"));
        }

        // A change committed elsewhere: unseen while the revisions stand (the answer is the cached one) ...
        sql("UPDATE result_best SET value = 99 WHERE benchmark_id = '" + benchmark + "' AND model_id = '" + b + "'");
        given().get(board()).then().body("entries.value", contains(80.0f, 72.5f));
        // ... and answered once its transaction bumps the board revision, as the consumer of any instance does.
        sql("UPDATE board_revision SET revision = nextval('board_revision_sequence') WHERE benchmark_id = '"
                + benchmark + "'");
        given().get(board()).then().body("entries.modelId", contains(b, a)).body("entries.value", contains(99.0f, 80.0f));
        // Refreshing the benchmark's best results from its results restores them, and bumps the revision again.
        QuarkusTransaction.requiringNew().run(() -> results.refreshBest(benchmark));
        given().get(board()).then().body("entries.modelId", contains(a, b)).body("entries.value", contains(80.0f, 72.5f));
    }

    private void assertAnswers(List<String> models, List<Float> values, List<Float> historyValues) {
        given().get(board()).then().statusCode(200).contentType(ContentType.JSON).body("entries.modelId", equalTo(models))
                .body("entries.value", equalTo(values));
        given().get("/api/v1/leaderboards?benchmarkIds=no-such-benchmark,cache-bench-" + suffix + "," + benchmark)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].benchmarkId", equalTo(benchmark))
                .body("[0].entries.modelId", equalTo(models)).body("[0].entries.value", equalTo(values));
        given().get(board() + "?asOf=2025-12-31").then().body("entries.value", equalTo(values))
                .body("asOf", equalTo("2025-12-31"));
        given().get(board() + "/history").then().statusCode(200).body("conditions", equalTo(""))
                .body("points.value", equalTo(historyValues));
    }

    private String board() {
        return "/api/v1/leaderboards/" + benchmark;
    }

    private String id(String result) {
        return result + "-" + suffix;
    }

    private static ModelState model(String id, String name) {
        return new ModelState(id, id, name, null, null, List.of(), null, "TEXT", null, false);
    }

    private void result(EventPublisher publisher, String result, String model, double value, LocalDate measuredOn) {
        publisher.send(publisher.envelope(EventType.BENCHMARK_RESULT_UPSERTED, id(result), 1, new BenchmarkResultState(
                id(result), model, benchmark, value, null, null, null, "", measuredOn, false, List.of())));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
