package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.models.CatalogEvents;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Chunks that only record results run in parallel (250 rows each, two at a time by default); chunks that create
 * catalogue entries run alone. Whatever the interleaving, the outcome is that of a sequential import.
 */
@QuarkusTest
class ParallelImportTest {

    private static final int RESULT_ROWS = 1_000;

    @Inject
    MeterRegistry metrics;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void resultChunksRunInParallelAndStillMergeRepeatsAndDisputesAcrossChunks() {
        JsonPath setup = importFile("parallel-catalogue.json", """
                {"format": "frontier-watch-catalog/v1",
                 "vendors": [{"slug": "paraco", "name": "ParaCo"}],
                 "models": [{"slug": "para-a", "name": "Para A", "vendor": "paraco"},
                            {"slug": "para-b", "name": "Para B", "vendor": "paraco"}],
                 "benchmarks": [{"slug": "para-eval", "name": "Para Eval", "unit": "PERCENT", "minValue": 0, "maxValue": 100}]}
                """);
        assertThat(setup.getInt("created")).isEqualTo(4);

        // 1,000 rows = 4 chunks: a time series per model (distinct dates), plus, in later chunks, a repeat of
        // row 0 with a second source and a different value for row 1's measurement
        List<String> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < RESULT_ROWS - 2; i++) {
            rows.add(result(i % 2 == 0 ? "para-a" : "para-b", 40 + (i % 50), day.plusDays(i / 2), "https://a.example/" + i));
        }
        rows.add(600, result("para-a", 40, day, "https://second.example/0"));
        rows.add(900, result("para-b", 99.5, day, "https://dissent.example/1"));
        double sharedBefore = chunks("shared");
        double exclusiveBefore = chunks("exclusive");
        List<EventEnvelope> eventsBefore = CatalogEvents.allPublishedSoFar();

        JsonPath report = importFile("parallel-results.json", """
                {"format": "frontier-watch-catalog/v1", "results": [
                """ + String.join(",\n", rows) + "]}");

        assertThat(report.getInt("errorCount")).isZero();
        assertThat(report.getInt("created")).isEqualTo(RESULT_ROWS - 1); // every row but the repeat
        assertThat(report.getInt("updated")).isEqualTo(1); // the repeat adds its source
        assertThat(chunks("shared") - sharedBefore).isEqualTo(4.0);
        assertThat(chunks("exclusive") - exclusiveBefore).isZero();

        List<Map<String, Object>> first = query("""
                SELECT r.id::text AS id, r.value, r.disputed, jsonb_array_length(r.sources) AS sources
                FROM benchmark_result r JOIN model m ON m.id = r.model_id
                WHERE m.slug = 'para-a' AND r.measured_on = DATE '2020-01-01'""");
        assertThat(first).hasSize(1);
        assertThat(first.get(0)).containsEntry("value", 40.0).containsEntry("disputed", false).containsEntry("sources", 2);
        List<Map<String, Object>> disputed = query("""
                SELECT r.id::text AS id, r.value, r.disputed, jsonb_array_length(r.sources) AS sources
                FROM benchmark_result r JOIN model m ON m.id = r.model_id
                WHERE m.slug = 'para-b' AND r.measured_on = DATE '2020-01-01' ORDER BY r.value""");
        assertThat(disputed).extracting(r -> r.get("value")).containsExactly(41.0, 99.5);
        assertThat(disputed).extracting(r -> r.get("disputed")).containsExactly(true, true);
        assertThat(count("""
                SELECT count(*) FROM benchmark_result r JOIN benchmark b ON b.id = r.benchmark_id
                WHERE b.slug = 'para-eval'""")).isEqualTo(RESULT_ROWS - 1);

        // every result has an event, and its last event carries its final state (both disputed results included)
        List<EventEnvelope> events = CatalogEvents.allPublishedSoFar().stream()
                .filter(e -> !eventsBefore.contains(e) && e.type() == EventType.BENCHMARK_RESULT_UPSERTED).toList();
        Map<String, BenchmarkResultState> last = events.stream().collect(Collectors.toMap(EventEnvelope::aggregateId,
                e -> EventCodec.payload(e, BenchmarkResultState.class), (a, b) -> b));
        assertThat(last).hasSize(RESULT_ROWS - 1);
        assertThat(disputed).allSatisfy(r -> assertThat(last.get((String) r.get("id")).disputed()).isTrue());
        assertThat(last.get((String) first.get(0).get("id")).sources()).hasSize(2);
        // sources written in bulk read back as written
        assertThat(given().get("/api/v1/results/" + first.get(0).get("id")).then().statusCode(200).extract().jsonPath()
                .getList("sources.retrievedAt", String.class))
                .containsExactly("2025-11-30T08:15:30.123Z", "2025-11-30T08:15:30.123Z");
    }

    @Test
    void aChunkThatMustCreateAModelRunsAloneAndTheRestOfItsFileFollowsOneAtATime() {
        importFile("parallel-epoch-setup.json", """
                {"format": "frontier-watch-catalog/v1",
                 "models": [{"slug": "known-runner", "name": "known-runner"}],
                 "benchmarks": [{"slug": "epoch-para", "name": "Epoch Para", "unit": "PERCENT", "minValue": 0, "maxValue": 100}]}
                """);
        StringBuilder csv = new StringBuilder(
                "id,task,model,Best score (across scorers),Scores,log viewer,logs,job,started_at,Status,Manual evaluation,task version\n");
        for (int i = 0; i < 600; i++) {
            // rows from 300 on name a model the catalogue does not know yet
            String model = i < 300 ? "known-runner" : "fresh-runner-2026-01-01";
            csv.append("r").append(i).append(",Epoch Para,").append(model).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", (i % 100) / 100.0))
                    .append(",,https://logs.example/r").append(i).append(",,,")
                    .append(LocalDate.of(2024, 1, 1).plusDays(i)).append(",Success,,1.0\n");
        }
        double sharedBefore = chunks("shared");
        double exclusiveBefore = chunks("exclusive");

        JsonPath report = given().multiPart("file", "benchmarks_runs.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "text/csv").post("/api/v1/imports").then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("errorCount")).isZero();
        assertThat(report.getInt("created")).isEqualTo(601); // 600 results and the new model, once
        // rows 0-249 in parallel; the chunks of rows 250-499 and 500-599 met the new model and ran alone
        assertThat(chunks("shared") - sharedBefore).isEqualTo(1.0);
        assertThat(chunks("exclusive") - exclusiveBefore).isEqualTo(2.0);
        assertThat(count("SELECT count(*) FROM model WHERE name = 'fresh-runner-2026-01-01'")).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM benchmark_result r JOIN benchmark b ON b.id = r.benchmark_id
                WHERE b.slug = 'epoch-para'""")).isEqualTo(600);
    }

    private double chunks(String lock) {
        var counter = metrics.find("fw_import_chunks").tag("lock", lock).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String result(String model, double value, LocalDate measuredOn, String url) {
        return "{\"model\": \"" + model + "\", \"benchmark\": \"para-eval\", \"value\": " + value
                + ", \"measuredOn\": \"" + measuredOn + "\", \"sources\": [{\"url\": \"" + url
                + "\", \"reportedBy\": \"THIRD_PARTY\", \"retrievedAt\": \"2025-11-30T08:15:30.123Z\"}]}";
    }

    private List<Map<String, Object>> query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return ((Number) query(sql).get(0).get("count")).longValue();
    }

    private static JsonPath importFile(String name, String content) {
        return given().multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/v1/imports").then().statusCode(200).extract().jsonPath();
    }
}
