package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.AfterEach;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imports the real public datasets (Epoch AI, LMArena, LiveBench) on top of the starter catalogue, then
 * again: the second time nothing changes. Skipped when the shared datasets are not present.
 */
@QuarkusTest
class RealDatasetImportTest {

    private Path datasets;

    @BeforeEach
    void requireDatasets() {
        String shared = System.getProperty("fw.shared.dir");
        datasets = shared == null ? null : Path.of(shared, "datasets");
        Assumptions.assumeTrue(datasets != null && Files.isDirectory(datasets),
                "shared datasets not found (system property fw.shared.dir); skipping the real-data import");
    }

    @BeforeEach
    void allowLongImports() {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 300_000).setParam("http.connection.timeout", 10_000))
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @AfterEach
    void restoreDefaults() {
        RestAssured.reset();
    }

    @Test
    void allThreeDatasetsImportWithConcreteCountsAndASecondImportChangesNothing() throws Exception {
        Path catalog = Path.of(System.getProperty("fw.shared.dir")).resolveSibling("main").resolve("sample-data/catalog");
        if (Files.isDirectory(catalog)) {
            ImportResourceTest.importFolder(catalog);
        }
        JsonPath epoch = ImportResourceTest.importFolder(datasets.resolve("epoch-benchmark-stitching"));
        JsonPath arena = ImportResourceTest.importFolder(datasets.resolve("lmarena-arena-catalog"));
        JsonPath live = ImportResourceTest.importFolder(datasets.resolve("livebench"));

        // Epoch: 574 model versions (7 of them already known by name), 541 runs on 8 tasks (2 of them
        // catalogue benchmarks), 35 external leaderboards; 402 rows name no model version or have no value
        assertCounts(epoch, 3123, 546, 81, 402);
        assertFile(epoch, "model_versions.csv", "EPOCH_MODEL_VERSIONS", 567, 3, 4);
        assertFile(epoch, "benchmarks_runs.csv", "EPOCH_BENCHMARK_RUNS", 547, 0, 0);
        assertFile(epoch, "distilled_models.csv", "EPOCH_DISTILLED_MODELS", 0, 0, 0);
        assertThat(ImportResourceTest.errors(epoch)).contains(
                "external_benchmark_aider_polyglot.csv:10 no 'Model version'",
                "external_benchmark_factorio_learning_environment.csv:8 no value in 'Production score'");
        // LMArena: 4,662 + 7,461 ratings, one result each; 141 models described with vendor and prices
        assertCounts(arena, 12337, 121, 1, 0);
        assertFile(arena, "leaderboard-text.2025-05-24.json", "LMARENA_LEADERBOARD", 4799, 0, 0);
        assertFile(arena, "leaderboard-text.json", "LMARENA_LEADERBOARD", 7508, 0, 0);
        assertFile(arena, "scatterplot-data.json", "LMARENA_MODEL_METADATA", 30, 121, 1);
        // LiveBench: one result per non-empty cell of the ten release tables
        assertCounts(live, 14062, 0, 0, 0);
        assertFile(live, "table_2026_01_08.csv", "LIVEBENCH_TABLE", 2983, 0, 0);

        JsonPath epochAgain = ImportResourceTest.importFolder(datasets.resolve("epoch-benchmark-stitching"));
        JsonPath arenaAgain = ImportResourceTest.importFolder(datasets.resolve("lmarena-arena-catalog"));
        JsonPath liveAgain = ImportResourceTest.importFolder(datasets.resolve("livebench"));
        assertCounts(epochAgain, 0, 0, 3681, 402);
        assertCounts(arenaAgain, 0, 0, 12264, 0);
        assertFile(arenaAgain, "leaderboard-text.2025-05-24.json", "LMARENA_LEADERBOARD", 0, 0, 4662);
        assertFile(arenaAgain, "leaderboard-text.json", "LMARENA_LEADERBOARD", 0, 0, 7461);
        assertCounts(liveAgain, 0, 0, 13872, 0);
        int[] nonEmptyCells = {1241, 1314, 1062, 1169, 1134, 969, 1400, 1300, 1365, 2918};
        String[] releases = {"2024_06_24", "2024_07_26", "2024_08_31", "2024_11_25", "2025_04_02", "2025_04_25",
                "2025_05_30", "2025_11_25", "2025_12_23", "2026_01_08"};
        for (int i = 0; i < releases.length; i++) {
            assertFile(liveAgain, "table_" + releases[i] + ".csv", "LIVEBENCH_TABLE", 0, 0, nonEmptyCells[i]);
        }

        // one identity across sources: the arena's "gemini-3-pro" is the catalogue's Gemini 3 Pro
        given().get("/api/v1/results?modelIds=gemini-3-pro&benchmarkIds=lmarena-text&conditions=none&asOf=2025-06-30")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()); // not on the May 2025 board yet
        given().get("/api/v1/results?modelIds=gemini-3-pro&benchmarkIds=lmarena-text&conditions=none")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items.find { it.measuredOn == '" + LocalDate.now(ZoneOffset.UTC) + "' }.value",
                        org.hamcrest.Matchers.closeTo(1486.6027120272704, 1e-9));
        given().get("/api/v1/benchmarks/gpqa-diamond").then().statusCode(200).body("unit", equalTo("PERCENT"));
    }

    private static void assertCounts(JsonPath report, int created, int updated, int unchanged, int errors) {
        assertThat(List.of(report.getInt("created"), report.getInt("updated"), report.getInt("unchanged"),
                report.getInt("errorCount"))).containsExactly(created, updated, unchanged, errors);
    }

    private static void assertFile(JsonPath report, String file, String format, int created, int updated,
            int unchanged) {
        assertThat(ImportResourceTest.fileReport(report, file)).containsEntry("format", format)
                .containsEntry("created", created).containsEntry("updated", updated)
                .containsEntry("unchanged", unchanged);
    }
}
