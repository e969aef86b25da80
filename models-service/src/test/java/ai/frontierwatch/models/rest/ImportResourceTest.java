package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.models.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Imports of every supported format from small fixtures; the order builds one catalogue step by step. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportResourceTest {

    @Test
    @Order(1)
    void catalogueFileMergesByNameRecordsResultsAndReportsBadRowsByLine() throws Exception {
        JsonPath report = importFolder(fixture("catalog"));
        assertThat(fileReport(report, "catalog.json")).containsEntry("format", "FRONTIER_WATCH_CATALOG")
                .containsEntry("created", 6).containsEntry("updated", 1).containsEntry("unchanged", 0);
        assertThat(report.getList("files[0].errors", Map.class)).containsExactly(
                Map.of("file", "catalog.json", "line", 11, "message", "unknown vendor 'nobody'"),
                Map.of("file", "catalog.json", "line", 21,
                        "message", "value 140.0 is above the maximum 100.0 of Acme Code Bench (PERCENT)"),
                Map.of("file", "catalog.json", "line", 22, "message", "unknown model 'no-such-model'"));

        // the second row named the model and benchmark by alias, with the same conditions spelled differently:
        // one result with both sources
        given().get("/api/v1/results?modelIds=acme-nova-2-pro&benchmarkIds=acme-code-bench").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", equalTo(71.5f))
                .body("items[0].conditions", equalTo("no-tools;pass@1"))
                .body("items[0].disputed", equalTo(false))
                .body("items[0].sources.publisher", contains("Acme", "News"))
                .body("items[0].sources.reportedBy", contains("FIRST_PARTY", "THIRD_PARTY"));
        given().get("/api/v1/models/acme-nova-2-pro").then().statusCode(200)
                .body("vendorSlug", equalTo("acme"))
                .body("pricing.inputPerMillion", equalTo(2.5f))
                .body("pricing.currency", equalTo("USD"));

        assertSecondImportChangesNothing(fixture("catalog"), 7);
    }

    @Test
    @Order(2)
    void epochCsvsWithBomCrlfPercentStringsAndMultiLineNotes() throws Exception {
        JsonPath report = importFolder(fixture("epoch"));
        assertThat(fileReport(report, "model_versions.csv")).containsEntry("format", "EPOCH_MODEL_VERSIONS")
                .containsEntry("created", 2);
        assertThat(fileReport(report, "benchmarks_runs.csv")).containsEntry("format", "EPOCH_BENCHMARK_RUNS")
                .containsEntry("created", 3);
        assertThat(fileReport(report, "external_benchmark_zeta_quiz.csv"))
                .containsEntry("format", "EPOCH_EXTERNAL_BENCHMARK").containsEntry("created", 3);
        assertThat(errors(report)).containsExactlyInAnyOrder(
                "model_versions.csv:6 no model version id",
                "benchmarks_runs.csv:4 best score 'n/a' is not a number",
                "external_benchmark_zeta_quiz.csv:5 no 'Model version'",
                "external_benchmark_zeta_quiz.csv:6 no value in 'Score'");

        given().get("/api/v1/models/zeta-7b-2025-01-01-high").then().statusCode(200)
                .body("name", equalTo("Zeta 7B (high)"))
                .body("family", equalTo("Zeta 7B"))
                .body("releaseDate", equalTo("2025-01-01"))
                .body("aliases", contains("zeta-7b-2025-01-01_high"));
        given().get("/api/v1/results?modelIds=zeta-7b-2025-01-01-high&benchmarkIds=zeta-math,zeta-quiz")
                .then().statusCode(200)
                .body("items.benchmarkSlug", containsInAnyOrder("zeta-math", "zeta-quiz"))
                .body("items.find { it.benchmarkSlug == 'zeta-math' }.value", equalTo(85.0f))
                .body("items.find { it.benchmarkSlug == 'zeta-math' }.stderr", equalTo(2.0f))
                .body("items.find { it.benchmarkSlug == 'zeta-math' }.measuredOn", equalTo("2025-11-17"))
                .body("items.find { it.benchmarkSlug == 'zeta-quiz' }.value", equalTo(53.6f))
                .body("items.find { it.benchmarkSlug == 'zeta-quiz' }.conditions", equalTo("5-shot"))
                .body("items.find { it.benchmarkSlug == 'zeta-quiz' }.sources[0].publisher",
                        equalTo("Zeta Leaderboard"));
        given().get("/api/v1/benchmarks/zeta-quiz").then().body("unit", equalTo("PERCENT"))
                .body("maxValue", equalTo(100.0f));

        assertSecondImportChangesNothing(fixture("epoch"), 6);
    }

    @Test
    @Order(3)
    void lmArenaSnapshotsAreTwoDatesWithIntervalsPerCategory() throws Exception {
        JsonPath report = importFolder(fixture("lmarena"));
        assertThat(fileReport(report, "leaderboard-text.2025-05-24.json"))
                .containsEntry("format", "LMARENA_LEADERBOARD").containsEntry("created", 5);
        assertThat(fileReport(report, "leaderboard-text.2025-12-11.json")).containsEntry("created", 2);
        assertThat(fileReport(report, "scatterplot-data.json")).containsEntry("format", "LMARENA_MODEL_METADATA")
                .containsEntry("created", 1).containsEntry("updated", 1);
        assertThat(errors(report)).containsExactlyInAnyOrder(
                "leaderboard-text.2025-05-24.json:20 coding/broken-entry: rating is not a number",
                "scatterplot-data.json:3 no model_api_name");

        // the Epoch model version is the same model as the arena's key, through identity resolution
        given().get("/api/v1/results?modelIds=zeta-7b-2025-01-01-high&benchmarkIds=lmarena-text")
                .then().statusCode(200)
                .body("items.measuredOn", containsInAnyOrder("2025-05-24", "2025-12-11"))
                .body("items.value", containsInAnyOrder(1301.5f, 1320.0f))
                .body("items.disputed", contains(false, false));
        given().get("/api/v1/results?modelIds=orbit-large&benchmarkIds=lmarena-text&asOf=2025-06-01")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.conditions == '' }.lowerBound", equalTo(1238.0f))
                .body("items.find { it.conditions == 'category=coding' }.upperBound", equalTo(1290.0f));
        given().get("/api/v1/results?modelIds=orbit-large&benchmarkIds=lmarena-text&asOf=2025-12-31")
                .then().statusCode(200)
                .body("items.measuredOn", containsInAnyOrder("2025-12-11", "2025-05-24"))
                .body("items.find { it.conditions == '' }.upperBound", equalTo(1260.0f));
        given().get("/api/v1/models/orbit-large").then().statusCode(200)
                .body("vendorSlug", equalTo("orbit-systems"))
                .body("openWeights", equalTo(false))
                .body("pricing.outputPerMillion", equalTo(15.0f));

        assertSecondImportChangesNothing(fixture("lmarena"), 6);
    }

    @Test
    @Order(4)
    void liveBenchTablesPerReleaseWithCategoriesKeepGoodCellsOfABadRow() throws Exception {
        JsonPath report = importFolder(fixture("livebench"));
        assertThat(fileReport(report, "categories_2025_04_02.json")).containsEntry("format", "LIVEBENCH_CATEGORIES");
        assertThat(fileReport(report, "table_2025_04_02.csv")).containsEntry("format", "LIVEBENCH_TABLE")
                .containsEntry("created", 6);
        assertThat(fileReport(report, "table_2025_05_30.csv")).containsEntry("created", 2);
        assertThat(errors(report)).containsExactly(
                "table_2025_04_02.csv:4 not a score between 0 and 100: story_forge='abc'");

        given().get("/api/v1/benchmarks/livebench-story-forge").then().statusCode(200)
                .body("name", equalTo("LiveBench story_forge")).body("category", equalTo("CODING"));
        given().get("/api/v1/results?modelIds=zeta-7b-2025-01-01-low&benchmarkIds=livebench-maze-walk")
                .then().body("items.value", contains(12.5f));
        given().get("/api/v1/results?modelIds=orbit-large&benchmarkIds=livebench-story-forge&asOf=2025-05-01")
                .then().body("items.value", contains(61.5f));

        assertSecondImportChangesNothing(fixture("livebench"), 6);
    }

    @Test
    @Order(5)
    void unrecognisedAndMalformedFilesAreReportedNotFailed() {
        given().multiPart("file", "notes.csv", "a,b\n1,2\n".getBytes(), "text/csv")
                .multiPart("file", "broken.json", "{\"format\": ".getBytes(), "application/json")
                .post("/api/v1/imports").then().statusCode(200)
                .body("files.format", contains("UNKNOWN", "UNKNOWN"))
                .body("files[0].errors[0].message", equalTo("format not recognised from the content"))
                .body("files[1].errors[0].line", equalTo(1));
        given().contentType("multipart/form-data").multiPart("other", "x").post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @Order(6)
    void theExportIsAnImportableCatalogueThatChangesNothing() {
        byte[] export = given().get("/api/v1/export").then().statusCode(200)
                .body("format", equalTo("frontier-watch-catalog/v1"))
                .body("models.find { it.slug == 'acme-nova-2-pro' }.pricing.outputPerMillion", equalTo(10.0f))
                .body("results.find { it.model == 'orbit-large' && it.measuredOn == '2025-12-11' && !it.conditions }"
                        + ".lowerBound", equalTo(1240.0f))
                .extract().asByteArray();
        JsonPath report = given().multiPart("file", "export.json", export, "application/json")
                .post("/api/v1/imports").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("created")).isZero();
        assertThat(report.getInt("updated")).isZero();
        assertThat(report.getInt("errorCount")).isZero();
        assertThat(report.getInt("unchanged")).isGreaterThanOrEqualTo(30);
    }

    private static void assertSecondImportChangesNothing(Path folder, int unchanged) throws IOException {
        List<EventEnvelope> before = CatalogEvents.allPublishedSoFar();
        JsonPath again = importFolder(folder);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(unchanged);
        List<EventEnvelope> after = CatalogEvents.allPublishedSoFar();
        assertThat(after).hasSameSizeAs(before);
    }

    static JsonPath importFolder(Path folder) throws IOException {
        RequestSpecification request = given();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                request = request.multiPart("file", file.toFile());
            }
        }
        return request.post("/api/v1/imports").then().statusCode(200).extract().jsonPath();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImportResourceTest.class.getResource("/fixtures/" + name).toURI());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fileReport(JsonPath report, String file) {
        return ((List<Map<String, Object>>) (List<?>) report.getList("files", Map.class)).stream()
                .filter(f -> f.get("file").equals(file)).findFirst().orElseThrow();
    }

    static List<String> errors(JsonPath report) {
        return report.getList("files.errors.flatten()", Map.class).stream()
                .map(e -> e.get("file") + ":" + e.get("line") + " " + e.get("message")).toList();
    }
}
