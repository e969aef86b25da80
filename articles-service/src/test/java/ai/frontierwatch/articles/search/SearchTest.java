package ai.frontierwatch.articles.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search over a small set of articles of its own source, so other tests' articles do not interfere. */
@QuarkusTest
class SearchTest {

    @Inject
    SearchRepository repository;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static final String SOURCE = "search-fixture";

    @BeforeEach
    void articles() {
        // Ingestion is idempotent: the second and later calls answer 200 and change nothing.
        ingest("通義千問開源新版本", "阿里巴巴發布通義千問新模型，千問系列持續擴大開源生態。", "模型發布", "開源",
                "2025-10-03T10:00:00+08:00");
        ingest("千问模型登顶开源榜单", "通义千问的最新版本在多个评测中领先，开源社区反响热烈。", "模型发布", "开源",
                "2025-11-05T09:00:00+08:00");
        ingest("Training larger models", "Labs keep training bigger networks; the trained network beats older benchmarks.",
                "Research", "training", "2025-11-20T12:00:00Z");
        ingest("Pricing falls again", "A model price cut makes inference cheaper for every developer.", "Market",
                "pricing", "2025-12-01T12:00:00Z");
        ingest("Robots in warehouses", "Humanoid robots start shifts in logistics centres.", "Robotics", "robots",
                "2025-12-02T12:00:00Z");
    }

    private static void ingest(String title, String body, String category, String tag, String publishedAt) {
        ingest(SOURCE, title, body, category, tag, publishedAt);
    }

    private static void ingest(String source, String title, String body, String category, String tag, String publishedAt) {
        given().contentType("application/json")
                .body(Map.of("title", title, "body", body, "category", category, "tags", List.of(tag),
                        "source", source, "publishedAt", publishedAt))
                .post("/api/v1/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static JsonPath search(String query) {
        return search(SOURCE, query);
    }

    private static JsonPath search(String source, String query) {
        return given().queryParam("source", source).get("/api/v1/search?" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void simplifiedQueryFindsTraditionalTextAndTheReverse() {
        for (String q : List.of("千问", "千問", "通义千问", "通義千問")) {
            JsonPath r = search("q=" + q);
            assertThat(r.getList("hits.title", String.class)).as(q)
                    .containsExactlyInAnyOrder("通義千問開源新版本", "千问模型登顶开源榜单");
            assertThat(r.getLong("total")).isEqualTo(2);
            assertThat(r.getBoolean("exact")).isTrue();
        }
        JsonPath r = search("q=千问");
        int traditional = r.getList("hits.title", String.class).indexOf("通義千問開源新版本");
        assertThat(r.getString("hits[" + traditional + "].titleHighlighted")).isEqualTo("通義<mark>千問</mark>開源新版本");
        assertThat(r.getString("hits[" + traditional + "].snippet")).contains("<mark>千問</mark>");
        assertThat(r.getString("hits[" + traditional + "].language")).isEqualTo("zh-Hant");
    }

    @Test
    void chineseWordsMatchInsideLongerWordsButNotUnrelatedText() {
        assertThat(search("q=榜单").getList("hits.title", String.class)).containsExactly("千问模型登顶开源榜单");
        assertThat(search("q=榜單").getList("hits.title", String.class)).containsExactly("千问模型登顶开源榜单");
        assertThat(search("q=机器人").getList("hits")).isEmpty();
    }

    @Test
    void englishIsStemmed() {
        assertThat(search("q=trained").getList("hits.title", String.class)).containsExactly("Training larger models");
        assertThat(search("q=models").getList("hits.title", String.class))
                .containsExactlyInAnyOrder("Training larger models", "Pricing falls again");
        JsonPath robots = search("q=robot");
        assertThat(robots.getList("hits.title", String.class)).containsExactly("Robots in warehouses");
        assertThat(robots.getString("hits[0].titleHighlighted")).isEqualTo("<mark>Robots</mark> in warehouses");
        assertThat(search("q=\"price cut\"").getList("hits.title", String.class)).containsExactly("Pricing falls again");
        assertThat(search("q=cut -price").getList("hits")).isEmpty();
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        // "model" is in the title of one article and only in the body of the other
        assertThat(search("q=model").getList("hits.title", String.class))
                .containsExactly("Training larger models", "Pricing falls again");
    }

    @Test
    void facetsCountEveryMatchByCategoryTagLanguageAndMonth() {
        JsonPath r = search("q=开源");
        assertThat(r.getLong("total")).isEqualTo(2);
        assertThat(r.getBoolean("exact")).isTrue();
        assertThat(r.getInt("facetsCounted")).isEqualTo(2);
        assertThat(facet(r, "category")).containsExactlyInAnyOrderEntriesOf(Map.of("模型發布", 1L, "模型发布", 1L));
        assertThat(facet(r, "language")).containsExactlyInAnyOrderEntriesOf(Map.of("zh-Hant", 1L, "zh-Hans", 1L));
        assertThat(facet(r, "month")).containsExactlyInAnyOrderEntriesOf(Map.of("2025-10", 1L, "2025-11", 1L));
        assertThat(facet(r, "tag")).containsExactlyInAnyOrderEntriesOf(Map.of("開源", 1L, "开源", 1L));

        JsonPath all = search("limit=2");
        assertThat(all.getLong("total")).isEqualTo(5);
        assertThat(all.getBoolean("exact")).isTrue();
        assertThat(facet(all, "language")).containsExactlyInAnyOrderEntriesOf(Map.of("en", 3L, "zh-Hant", 1L, "zh-Hans", 1L));
        assertThat(all.getList("hits.title", String.class)).containsExactly("Robots in warehouses", "Pricing falls again");
    }

    @Test
    void filtersNarrowTheMatches() {
        assertThat(search("q=千问&language=zh-Hans").getList("hits.title", String.class)).containsExactly("千问模型登顶开源榜单");
        assertThat(search("q=千问&from=2025-10-01&to=2025-10-31").getList("hits.title", String.class))
                .containsExactly("通義千問開源新版本");
        assertThat(search("q=models&tag=pricing").getList("hits.title", String.class)).containsExactly("Pricing falls again");
        assertThat(search("q=models&category=Research").getList("hits.title", String.class))
                .containsExactly("Training larger models");
    }

    @Test
    void cursorPagesThroughRankedHitsWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = search("q=model OR robots OR 千问&limit=2" + (cursor == null ? "" : "&after=" + cursor));
            seen.addAll(page.getList("hits.title", String.class));
            assertThat(page.getLong("total")).isEqualTo(5);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrder("通義千問開源新版本", "千问模型登顶开源榜单",
                "Training larger models", "Pricing falls again", "Robots in warehouses");
    }

    @Test
    void hyphenatedAndDottedNamesFindArticlesWithTheWholeName() {
        String source = "search-fixture-names";
        ingest(source, "Qwen3-Max leads GPT-5.2 on coding", "The new Qwen3-Max release beats GPT-5.2 on agent tasks.",
                "Models", "qwen", "2025-11-10T08:00:00Z");
        ingest(source, "Qwen3 models max out the cluster", "Training Qwen3 took the largest cluster of the year.",
                "Models", "qwen", "2025-11-11T08:00:00Z");
        ingest(source, "GPT-5.2基准测试公布", "OpenAI公布GPT-5.2在多个基准上的成绩。", "模型发布", "gpt", "2025-11-12T08:00:00+08:00");
        JsonPath qwen = search(source, "q=Qwen3-Max");
        assertThat(qwen.getList("hits.title", String.class)).containsExactly("Qwen3-Max leads GPT-5.2 on coding");
        assertThat(qwen.getString("hits[0].titleHighlighted")).isEqualTo("<mark>Qwen3-Max</mark> leads GPT-5.2 on coding");
        assertThat(search(source, "q=GPT-5.2").getList("hits.title", String.class))
                .containsExactlyInAnyOrder("Qwen3-Max leads GPT-5.2 on coding", "GPT-5.2基准测试公布");
        JsonPath chinese = search(source, "q=GPT-5.2 基準");
        assertThat(chinese.getList("hits.title", String.class)).containsExactly("GPT-5.2基准测试公布");
        assertThat(chinese.getString("hits[0].titleHighlighted")).isEqualTo("<mark>GPT-5.2</mark><mark>基准</mark>测试公布");
        assertThat(search(source, "q=qwen3 -Qwen3-Max").getList("hits.title", String.class))
                .containsExactly("Qwen3 models max out the cluster");
    }

    @Test
    void aSearchRanksAndCountsItsNewestMatchesAndEstimatesTheRest() {
        SearchFilters fixture = new SearchFilters(null, null, null, SOURCE, null, null);
        SearchQuery query = SearchQuery.of("model OR robots OR 千问");
        // more candidates than matches: all found, exact
        SearchRepository.Candidates all = repository.candidates(query, fixture, 10);
        assertThat(all.exact()).isTrue();
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.rows()).hasSize(5);
        // two candidates: the two newest matches, found among the newest articles; total estimated
        SearchRepository.Candidates two = repository.candidates(query, fixture, 2);
        assertThat(two.exact()).isFalse();
        assertThat(two.total()).isGreaterThanOrEqualTo(2);
        assertThat(two.rows()).extracting(SearchRepository.Candidate::feedAt).containsExactly(
                java.time.Instant.parse("2025-12-02T12:00:00Z"), java.time.Instant.parse("2025-12-01T12:00:00Z"));
        // 千问 is not in the newest article: the older match comes from the GIN index
        SearchRepository.Candidates older = repository.candidates(SearchQuery.of("千问"), fixture, 1);
        assertThat(older.exact()).isFalse();
        assertThat(older.rows()).extracting(SearchRepository.Candidate::feedAt)
                .containsExactly(java.time.Instant.parse("2025-11-05T01:00:00Z"));
        assertThat(older.rows().get(0).category()).isEqualTo("模型发布");
        assertThat(older.rows().get(0).tags()).containsExactly("开源");
        SearchRepository.Candidates both = repository.candidates(SearchQuery.of("千问"), fixture, 3);
        assertThat(both.exact()).isTrue();
        assertThat(both.total()).isEqualTo(2);
        // a feed: the newest articles
        assertThat(repository.candidates(null, fixture, 10).total()).isEqualTo(5);
    }

    @Test
    void aPhraseFindsExactlyItsMatchesAndABoundedCheckKeepsTheNewestOfThem() throws Exception {
        String source = "phrase-fixture";
        // ten articles that all hold both words, one a day; the phrase itself is in four of them
        List<Integer> phrase = List.of(7, 5, 4, 1);
        for (int day = 1; day <= 10; day++) {
            String body = phrase.contains(day)
                    ? "Day " + day + ": the context window of the new model doubles."
                    : "Day " + day + ": a window on the market gives context to the new model.";
            ingest(source, "Phrase day " + day, body, "Research", "context", "2025-09-%02dT12:00:00Z".formatted(day));
        }
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("ANALYZE article"); // the planner's count of the fixture's articles drives the bound
        }
        JsonPath r = search(source, "q=\"context window\"");
        assertThat(r.getList("hits.title", String.class)).containsExactlyInAnyOrder("Phrase day 7", "Phrase day 5",
                "Phrase day 4", "Phrase day 1");
        assertThat(r.getLong("total")).isEqualTo(4);
        assertThat(r.getBoolean("exact")).isTrue();
        assertThat(search(source, "q=context window").getList("hits")).hasSize(10);

        SearchFilters fixture = new SearchFilters(null, null, null, source, null, null);
        SearchQuery query = SearchQuery.of("\"context window\"");
        // unbounded, two candidates: the two newest matches, through the GIN index
        assertThat(repository.candidates(query, fixture, 2).rows()).extracting(SearchRepository.Candidate::feedAt)
                .containsExactly(java.time.Instant.parse("2025-09-07T12:00:00Z"), java.time.Instant.parse("2025-09-05T12:00:00Z"));
        // three checks: the newest two articles (days 10 and 9, no match) hold both words, so only the next three
        // (days 8 to 6) are checked; the one match there is the newest match, and the total is estimated
        SearchRepository.Candidates bounded = repository.candidates(query, fixture, 2, 3);
        assertThat(bounded.rows()).extracting(SearchRepository.Candidate::feedAt)
                .containsExactly(java.time.Instant.parse("2025-09-07T12:00:00Z"));
        assertThat(bounded.exact()).isFalse();
        assertThat(bounded.total()).isEqualTo(2); // 1 match in the newest 5 of 10 articles
        // the bound never shortens a search that reads every article in its first step
        SearchRepository.Candidates all = repository.candidates(query, fixture, 20, 3);
        assertThat(all.exact()).isTrue();
        assertThat(all.rows()).extracting(SearchRepository.Candidate::feedAt).containsExactly(
                java.time.Instant.parse("2025-09-07T12:00:00Z"), java.time.Instant.parse("2025-09-05T12:00:00Z"),
                java.time.Instant.parse("2025-09-04T12:00:00Z"), java.time.Instant.parse("2025-09-01T12:00:00Z"));
    }

    private static Map<String, Long> facet(JsonPath r, String name) {
        Map<String, Long> out = new java.util.HashMap<>();
        List<Map<String, Object>> values = r.getList("facets." + name);
        for (Map<String, Object> v : values) {
            out.put((String) v.get("value"), ((Number) v.get("count")).longValue());
        }
        return out;
    }

    @Test
    void hostileQueriesAnswerWithoutError() {
        for (String q : List.of("a' | !b:* (c)", "\\", "\"unclosed", "-", "OR OR", "&&&", "千问 OR", "<->")) {
            given().queryParam("q", q).get("/api/v1/search").then().statusCode(200);
        }
    }
}
