package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.models.CatalogEvents;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The results of an import chunk are written together at the end of its transaction: rows that repeat or
 * contradict an earlier row of the same chunk, and a chunk that fails in the database.
 */
@QuarkusTest
class ImportBatchTest {

    private static final String CATALOGUE = """
            {"format": "frontier-watch-catalog/v1",
             "vendors": [{"slug": "batchco", "name": "BatchCo"}],
             "models": [{"slug": "batch-one", "name": "Batch One", "vendor": "batchco"}],
             "benchmarks": [{"slug": "batch-eval", "name": "Batch Eval", "unit": "PERCENT", "minValue": 0, "maxValue": 100}],
             "results": [
            """;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rowsRepeatingOrContradictingAnEarlierRowOfTheChunkUpdateOrDisputeIt() {
        String file = CATALOGUE + """
                 {"model": "batch-one", "benchmark": "batch-eval", "value": 50.0, "measuredOn": "2025-06-01", "sources": [{"url": "https://a.example", "reportedBy": "FIRST_PARTY"}]},
                 {"model": "Batch One", "benchmark": "Batch Eval", "value": 50.0, "measuredOn": "2025-06-01", "sources": [{"url": "https://b.example", "reportedBy": "THIRD_PARTY"}]},
                 {"model": "batch-one", "benchmark": "batch-eval", "value": 50.0, "measuredOn": "2025-06-01", "sources": [{"url": "https://a.example", "reportedBy": "FIRST_PARTY"}]},
                 {"model": "batch-one", "benchmark": "batch-eval", "value": 52.0, "measuredOn": "2025-06-01", "sources": [{"url": "https://c.example", "reportedBy": "THIRD_PARTY"}]}
                ]}""";
        List<EventEnvelope> before = CatalogEvents.allPublishedSoFar();

        JsonPath report = importFile("batch-one.json", file);
        assertThat(report.getInt("created")).isEqualTo(5); // vendor, model, benchmark, two results
        assertThat(report.getInt("updated")).isEqualTo(1);
        assertThat(report.getInt("unchanged")).isEqualTo(1);
        assertThat(report.getInt("errorCount")).isZero();

        JsonPath results = given().get("/api/v1/results?modelIds=batch-one&benchmarkIds=batch-eval").then()
                .statusCode(200).extract().jsonPath();
        assertThat(results.getList("items.value", Float.class)).containsExactlyInAnyOrder(50.0f, 52.0f);
        assertThat(results.getList("items.disputed", Boolean.class)).containsExactly(true, true);
        String first = results.getString("items.find { it.value == 50.0f }.id");
        String second = results.getString("items.find { it.value == 52.0f }.id");

        // one event per result, carrying its final state
        List<EventEnvelope> events = resultEvents(CatalogEvents.allPublishedSoFar(), List.of(first, second));
        assertThat(events).hasSize(2);
        BenchmarkResultState firstState = state(events, first);
        assertThat(firstState.disputed()).isTrue();
        assertThat(firstState.sources()).extracting(BenchmarkResultState.SourceRef::url)
                .containsExactly("https://a.example", "https://b.example");
        assertThat(state(events, second).disputed()).isTrue();
        assertThat(resultEvents(before, List.of(first, second))).isEmpty();

        List<EventEnvelope> afterFirst = CatalogEvents.allPublishedSoFar();
        JsonPath again = importFile("batch-one.json", file);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(7);
        assertThat(CatalogEvents.allPublishedSoFar()).hasSameSizeAs(afterFirst);
    }

    @Test
    void aChunkFailingInTheDatabaseIsRetriedRowByRowAndPublishesOnlyWhatCommitted() throws SQLException {
        String file = """
                {"format": "frontier-watch-catalog/v1",
                 "models": [{"slug": "batch-two", "name": "Batch Two"}],
                 "benchmarks": [{"slug": "batch-eval-2", "name": "Batch Eval 2", "unit": "PERCENT", "minValue": 0, "maxValue": 100}],
                 "results": [
                 {"model": "batch-two", "benchmark": "batch-eval-2", "value": 10.0, "measuredOn": "2025-06-01", "sources": [{"url": "https://a.example", "reportedBy": "FIRST_PARTY"}]},
                 {"model": "batch-two", "benchmark": "batch-eval-2", "value": 66.6, "measuredOn": "2025-06-02", "sources": [{"url": "https://a.example", "reportedBy": "FIRST_PARTY"}]},
                 {"model": "batch-two", "benchmark": "batch-eval-2", "value": 20.0, "measuredOn": "2025-06-03", "sources": [{"url": "https://a.example", "reportedBy": "FIRST_PARTY"}]}
                ]}""";
        JsonPath report;
        execute("""
                CREATE FUNCTION refuse_66_6() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.value = 66.6 THEN RAISE EXCEPTION 'value 66.6 refused'; END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER refuse_66_6 BEFORE INSERT ON benchmark_result
                  FOR EACH ROW EXECUTE FUNCTION refuse_66_6();""");
        try {
            report = importFile("batch-two.json", file);
        } finally {
            execute("DROP TRIGGER refuse_66_6 ON benchmark_result; DROP FUNCTION refuse_66_6();");
        }

        assertThat(report.getInt("created")).isEqualTo(4); // model, benchmark, two results
        List<Map<String, Object>> errors = report.getList("files[0].errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).containsEntry("line", 6);
        assertThat((String) errors.get(0).get("message")).contains("could not be stored").contains("66.6 refused");

        JsonPath results = given().get("/api/v1/results?modelIds=batch-two&benchmarkIds=batch-eval-2").then()
                .statusCode(200).extract().jsonPath();
        assertThat(results.getList("items.value", Float.class)).containsExactlyInAnyOrder(10.0f, 20.0f);
        String modelId = given().get("/api/v1/models/batch-two").then().statusCode(200).extract().path("id");

        // the rolled-back chunk left no event: each entity has exactly the one of its committed retry
        List<EventEnvelope> all = CatalogEvents.allPublishedSoFar();
        assertThat(all.stream().filter(e -> e.type() == EventType.MODEL_UPSERTED)
                .filter(e -> EventCodec.payload(e, ModelState.class).slug().equals("batch-two"))).hasSize(1);
        List<BenchmarkResultState> resultStates = all.stream()
                .filter(e -> e.type() == EventType.BENCHMARK_RESULT_UPSERTED)
                .map(e -> EventCodec.payload(e, BenchmarkResultState.class))
                .filter(s -> s.modelId().equals(modelId)).toList();
        assertThat(resultStates).extracting(BenchmarkResultState::value).containsExactlyInAnyOrder(10.0, 20.0);
        assertThat(resultStates).extracting(BenchmarkResultState::id)
                .containsExactlyInAnyOrderElementsOf(results.getList("items.id", String.class));
    }

    private static JsonPath importFile(String name, String content) {
        return given().multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/v1/imports").then().statusCode(200).extract().jsonPath();
    }

    private static List<EventEnvelope> resultEvents(List<EventEnvelope> events, List<String> ids) {
        return events.stream().filter(e -> e.type() == EventType.BENCHMARK_RESULT_UPSERTED)
                .filter(e -> ids.contains(e.aggregateId())).toList();
    }

    private static BenchmarkResultState state(List<EventEnvelope> events, String id) {
        return EventCodec.payload(events.stream().filter(e -> e.aggregateId().equals(id)).findFirst().orElseThrow(),
                BenchmarkResultState.class);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
