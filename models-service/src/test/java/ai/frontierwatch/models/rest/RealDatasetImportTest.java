package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ai.frontierwatch.models.CatalogEvents;
import ai.frontierwatch.models.ProjectFiles;
import ai.frontierwatch.models.domain.NameKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue ./run loads, imported from the project's own files (no outside folder needed) as ./run sends
 * it: the sample catalogue, the curated benchmarks and vendors, then the public datasets folder by folder.
 * The datasets' benchmarks and vendors meet the curated ones; variants stay apart; loading everything again
 * changes nothing and publishes nothing. (It shares the module's database with the other service tests and runs
 * after those that count what they create, as the test classes run in name order.)
 */
@QuarkusTest
class RealDatasetImportTest {

    private static final List<String> FOLDERS = List.of("sample-data/catalog", "catalog-data/curated",
            "catalog-data/epoch-benchmark-stitching", "catalog-data/lmarena-arena-catalog", "catalog-data/livebench");

    private static final String FIRST_DATASET = "catalog-data/epoch-benchmark-stitching";

    /** The first load's report per folder; filled once, by whichever test runs first. */
    private static final Map<String, JsonPath> FIRST_LOAD = new LinkedHashMap<>();

    /** How many vendors and benchmarks the catalogue holds before the datasets are loaded and after. */
    private static final Map<String, List<Integer>> SIZES = new LinkedHashMap<>();

    @BeforeEach
    void loadOnce() throws IOException {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 300_000).setParam("http.connection.timeout", 10_000))
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        if (FIRST_LOAD.isEmpty()) {
            for (String folder : FOLDERS) {
                if (folder.equals(FIRST_DATASET)) {
                    SIZES.put("before datasets", List.of(all("vendors").size(), all("benchmarks").size()));
                }
                FIRST_LOAD.put(folder, importCatalogFiles(ProjectFiles.resolve(folder)));
            }
            SIZES.put("after datasets", List.of(all("vendors").size(), all("benchmarks").size()));
        }
    }

    @AfterEach
    void restoreDefaults() {
        RestAssured.reset();
    }

    @Test
    void everyFileLoadsWithConcreteCountsAndASecondLoadChangesNothing() throws IOException {
        // 236 benchmarks and 47 vendors, 8 of each already in the sample catalogue (11 of those gain aliases)
        assertCounts(FIRST_LOAD.get("catalog-data/curated"), 267, 11, 5, 0);
        // Epoch: 574 model versions (7 already known by name), 541 runs, 35 leaderboards; 402 rows name no model
        // version or have no value; its benchmark list only adds spellings to the curated benchmarks
        JsonPath epoch = FIRST_LOAD.get("catalog-data/epoch-benchmark-stitching");
        assertCounts(epoch, 3054, 524, 105, 402);
        assertFile(epoch, "model_versions.csv", "EPOCH_MODEL_VERSIONS", 567, 3, 4);
        assertFile(epoch, "benchmarks_runs.csv", "EPOCH_BENCHMARK_RUNS", 543, 0, 0);
        assertFile(epoch, "benchmark_optim.csv", "EPOCH_BENCHMARK_METADATA", 0, 11, 31);
        assertThat(ImportResourceTest.errors(epoch)).contains(
                "external_benchmark_aider_polyglot.csv:10 no 'Model version'",
                "external_benchmark_factorio_learning_environment.csv:8 no value in 'Production score'");
        // LMArena: 4,662 + 7,461 ratings, one result each; 141 models described with vendor and prices
        JsonPath arena = FIRST_LOAD.get("catalog-data/lmarena-arena-catalog");
        assertCounts(arena, 12326, 121, 1, 0);
        assertFile(arena, "leaderboard-text.2025-05-24.json", "LMARENA_LEADERBOARD", 4799, 0, 0);
        assertFile(arena, "leaderboard-text.2025-12-11.json", "LMARENA_LEADERBOARD", 7508, 0, 0);
        assertFile(arena, "scatterplot-data.json", "LMARENA_MODEL_METADATA", 19, 121, 1);
        // LiveBench: one result per non-empty cell of the ten release tables
        JsonPath live = FIRST_LOAD.get("catalog-data/livebench");
        assertCounts(live, 14062, 0, 0, 0);
        assertFile(live, "table_2026_01_08.csv", "LIVEBENCH_TABLE", 2983, 0, 0);
        // the datasets name no vendor the curated file lacks; the only benchmarks they add are FrontierMath's two
        // public sets and LiveBench's 28 tasks
        assertThat(SIZES.get("after datasets").get(0)).isEqualTo(SIZES.get("before datasets").get(0));
        assertThat(SIZES.get("after datasets").get(1)).isEqualTo(SIZES.get("before datasets").get(1) + 30);

        long published = CatalogEvents.countPublishedSoFar();
        Map<String, List<Integer>> again = new LinkedHashMap<>();
        for (String folder : FOLDERS) {
            JsonPath report = importCatalogFiles(ProjectFiles.resolve(folder));
            again.put(folder, List.of(report.getInt("created"), report.getInt("updated"), report.getInt("unchanged")));
        }
        assertThat(again).isEqualTo(Map.of(
                "sample-data/catalog", List.of(0, 0, 43),
                "catalog-data/curated", List.of(0, 0, 283),
                "catalog-data/epoch-benchmark-stitching", List.of(0, 0, 3681),
                "catalog-data/lmarena-arena-catalog", List.of(0, 0, 12264),
                "catalog-data/livebench", List.of(0, 0, 13872)));
        assertThat(CatalogEvents.countPublishedSoFar()).isEqualTo(published);
    }

    @Test
    void datasetsMeetTheCuratedBenchmarks() {
        // Epoch's "Os World", "Terminal Bench", "Metr" and "GPQA diamond" are the curated benchmarks: 16, 59 and 30
        // rows with a model version and a score; 134 runs plus the sample catalogue's 2 GPQA Diamond results
        assertThat(List.of(results("osworld"), results("terminal-bench"), results("metr-time-horizon"),
                results("gpqa-diamond"))).containsExactly(16, 59, 30, 136);
        given().get("/api/v1/benchmarks/metr-time-horizon").then().statusCode(200)
                .body("unit", equalTo("MINUTES"));
        // one identity across sources: the arena's "gemini-3-pro" is the sample catalogue's Gemini 3 Pro, rated on
        // the date of the snapshot
        given().get("/api/v1/results?modelIds=gemini-3-pro&benchmarkIds=lmarena-text&conditions=none")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].measuredOn", equalTo("2025-12-11"))
                .body("items[0].value", closeTo(1486.6027120272704, 1e-9));
    }

    @Test
    void variantsResolveToDistinctBenchmarks() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("AIME 2024", "aime-2024");
        expected.put("AIME24", "aime-2024");
        expected.put("AIME'24", "aime-2024");
        expected.put("AIME 2025", "aime-2025");
        expected.put("aime25", "aime-2025");
        expected.put("AIME 2026", "aime-2026");
        expected.put("MMLU", "mmlu");
        expected.put("MMLU-Pro", "mmlu-pro");
        expected.put("MMLU Redux", "mmlu-redux");
        expected.put("MMMLU", "mmmlu");
        expected.put("CMMLU", "cmmlu");
        expected.put("Codeforces Elo", "codeforces-rating");
        expected.put("Codeforces rating", "codeforces-rating");
        expected.put("Codeforces percentile", "codeforces-percentile");
        expected.put("HumanEval", "humaneval");
        expected.put("HumanEval Plus", "humaneval-plus");
        expected.put("MATH", "math");
        expected.put("MATH-500", "math-500");
        expected.put("MATH level 5", "math-level-5");
        expected.put("GSM8K", "gsm8k");
        expected.put("ARC-AGI-2", "arc-agi-2");
        expected.put("ARC-AGI", "arc-agi-1");
        expected.put("ARC-C", "arc-challenge");
        expected.put("SWE-Bench-Verified", "swe-bench-verified");
        expected.put("SWE-bench Pro", "swe-bench-pro");
        expected.put("SWE-bench Lite", "swe-bench-lite");
        expected.put("SWE-bench Multilingual", "swe-bench-multilingual");
        expected.put("Terminal Bench", "terminal-bench");
        expected.put("Terminal-Bench 2.0", "terminal-bench-2");
        expected.put("τ²-Bench", "tau2-bench");
        expected.put("TAU2-Bench", "tau2-bench");
        expected.put("τ-bench", "tau-bench");
        expected.put("LiveCodeBench", "livecodebench");
        expected.put("LiveCodeBench v6", "livecodebench-v6");
        expected.put("LCB v5", "livecodebench-v5");
        expected.put("BrowseComp", "browsecomp");
        expected.put("BrowseComp-ZH", "browsecomp-zh");
        expected.put("MMMU", "mmmu");
        expected.put("MMMU Pro", "mmmu-pro");
        expected.put("Arena-Hard", "arena-hard");
        expected.put("Arena-Hard v2.0", "arena-hard-v2");
        expected.put("HLE", "hle");
        expected.put("人类最后的考试", "hle");
        expected.put("人類最後的考試", "hle");
        expected.put("GPQA diamond", "gpqa-diamond");
        Map<String, String> ids = new TreeMap<>();
        assertThat(resolvedSlugs(expected.keySet(), "BENCHMARK", ids)).containsExactlyEntriesOf(expected);
        assertThat(new TreeSet<>(ids.values())).hasSize(new TreeSet<>(expected.values()).size());

        // names that would make one variant stand for another designate nothing
        JsonPath bare = resolve(List.of("GPQA", "Codeforces", "SWE-bench", "AIME"), "BENCHMARK");
        assertThat(bare.getList("status")).containsOnly("UNKNOWN");
    }

    @Test
    void vendorsAreFoundUnderTheirChineseNames() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("阿里巴巴", "alibaba");
        expected.put("通义", "alibaba");
        expected.put("月之暗面", "moonshot");
        expected.put("智谱华章", "zhipu");
        expected.put("深度求索", "deepseek");
        expected.put("字节跳动", "bytedance");
        expected.put("豆包", "bytedance");
        expected.put("腾讯混元", "tencent");
        expected.put("百度", "baidu");
        expected.put("文心", "baidu");
        expected.put("阶跃星辰", "stepfun");
        expected.put("零一萬物", "01-ai");
        assertThat(resolvedSlugs(expected.keySet(), "VENDOR", new TreeMap<>())).containsExactlyEntriesOf(expected);
    }

    @Test
    void noTwoBenchmarksShareAFoldedName() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Map<String, Object> b : all("benchmarks")) {
            List<String> spellings = new ArrayList<>();
            spellings.add((String) b.get("slug"));
            spellings.add((String) b.get("name"));
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) b.get("aliases");
            spellings.addAll(aliases);
            spellings.forEach(s -> owners.computeIfAbsent(NameKeys.key(s), k -> new TreeSet<>())
                    .add((String) b.get("slug")));
        }
        assertThat(owners).hasSizeGreaterThan(300);
        owners.values().removeIf(slugs -> slugs.size() < 2);
        assertThat(owners).isEmpty();
    }

    private static int results(String benchmark) {
        return given().queryParam("benchmarkIds", benchmark).queryParam("limit", 500).get("/api/v1/results").then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    /** Every vendor or benchmark of the catalogue, page by page. */
    private static List<Map<String, Object>> all(String kind) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("limit", 500);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/" + kind).then().statusCode(200).extract().jsonPath();
            items.addAll(page.<Map<String, Object>>getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** The slug each name resolves to (each must resolve to exactly one entity); ids collects slug to id. */
    private static Map<String, String> resolvedSlugs(Collection<String> names, String kind, Map<String, String> ids) {
        List<String> asked = List.copyOf(names);
        JsonPath answers = resolve(asked, kind);
        Map<String, String> slugs = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            assertThat(answers.getString("[" + i + "].status")).as(asked.get(i)).isEqualTo("RESOLVED");
            String slug = answers.getString("[" + i + "].matches[0].slug");
            slugs.put(asked.get(i), slug);
            ids.put(slug, answers.getString("[" + i + "].matches[0].id"));
        }
        return slugs;
    }

    private static JsonPath resolve(List<String> names, String kind) {
        return given().contentType("application/json").body(Map.of("names", names, "kind", kind))
                .post("/api/v1/resolve").then().statusCode(200).extract().jsonPath();
    }

    /** Posts a folder's catalogue files (CSV, JSON) in one request, as ./run does; notes beside them stay behind. */
    static JsonPath importCatalogFiles(Path folder) throws IOException {
        RequestSpecification request = given();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json"))
                    .sorted().toList()) {
                request = request.multiPart("file", file.toFile());
            }
        }
        return request.post("/api/v1/imports").then().statusCode(200).extract().jsonPath();
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
