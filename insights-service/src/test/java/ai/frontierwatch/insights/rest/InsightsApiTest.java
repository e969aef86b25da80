package ai.frontierwatch.insights.rest;

import static ai.frontierwatch.insights.fixtures.CatalogFixture.benchmark;
import static ai.frontierwatch.insights.fixtures.CatalogFixture.model;
import static ai.frontierwatch.insights.fixtures.CatalogFixture.vendor;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import ai.frontierwatch.insights.support.Fixtures;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST API over state derived from real Kafka events: mentions, claims, rankings, trends, bad input. */
@QuarkusTest
class InsightsApiTest {

    @BeforeEach
    void world() {
        Fixtures.publishOnce();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/v1/claims?articleIds=fx-briefing,fx-digest").then().statusCode(200).body("total", equalTo(11)));
    }

    @Test
    void mentionsPerArticleWithCountsAndPositions() {
        JsonPath json = given().get("/api/v1/mentions?articleIds=fx-digest,unknown-article").then().statusCode(200)
                .extract().jsonPath();
        assertCounts(json, 0, Map.of(vendor("zhipu"), 2, model("glm-4-6"), 2, model("qwen"), 2, model("gpt-5"), 1,
                model("gpt-5-2"), 1, model("qwen3-max"), 1));
        org.assertj.core.api.Assertions.assertThat(json.getList("[1].mentions")).isEmpty();
        given().get("/api/v1/mentions?modelIds=glm-4-6,gpt-5-2&limit=5").then().statusCode(200)
                .body("[0].entityId", equalTo(model("glm-4-6")))
                .body("[0].articles.articleId", contains("fx-digest"))
                .body("[1].articles[0].articleId", equalTo("fx-digest"))
                .body("[1].articles[1].articleId", equalTo("fx-briefing"));
    }

    static void assertCounts(JsonPath json, int index, Map<String, Integer> expected) {
        List<Map<String, Object>> mentions = json.getList("[" + index + "].mentions");
        org.assertj.core.api.Assertions.assertThat(mentions).hasSize(expected.size());
        for (Map<String, Object> m : mentions) {
            org.assertj.core.api.Assertions.assertThat(m.get("count")).as(m.get("entityId").toString())
                    .isEqualTo(expected.get((String) m.get("entityId")));
        }
    }

    @Test
    void claimsAreCheckedAgainstTheRecord() {
        given().get("/api/v1/claims?articleIds=fx-briefing").then().statusCode(200)
                .body("total", equalTo(9))
                .body("items.status", contains("CORROBORATES", "CORROBORATES", "CORROBORATES", "CORROBORATES",
                        "CORROBORATES", "CORROBORATES", "CORROBORATES", "CORROBORATES", "CONFLICTS"))
                .body("items[0].benchmarkName", equalTo("SW-bench verify"))
                .body("items[0].benchmarkId", equalTo(benchmark("swe-bench-verified")))
                .body("items[0].table.row", equalTo(0))
                .body("items[0].review.state", equalTo("PENDING"));
        given().get("/api/v1/claims?articleIds=fx-briefing&status=CONFLICTS").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].value", equalTo(85.0f))
                .body("items[0].modelId", equalTo(model("gpt-5-2")))
                .body("items[0].recorded[0].value", equalTo(86.3f))
                .body("items[0].quote", startsWith("另有第三方評測稱"));
        given().get("/api/v1/claims?articleIds=fx-digest").then().statusCode(200)
                .body("items.status", contains("NEW", "NEW"))
                .body("items.conditions", contains("", "no-tools"))
                .body("items.value", contains(68.0f, 81.0f));
    }

    @Test
    void leaderboardsRanksHistoryAndHeadToHead() {
        given().get("/api/v1/leaderboards?benchmarkIds=screenspot-pro," + benchmark("gpqa-diamond") + ",no-such-benchmark")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].benchmarkSlug", equalTo("screenspot-pro"))
                .body("[0].entries.modelSlug", contains("gpt-5-2", "gemini-3-pro"))
                .body("[0].entries.rank", contains(1, 2))
                .body("[0].entries[0].gapToNext", equalTo(13.6f))
                .body("[0].entries[0].sources[0].publisher", equalTo("OpenAI"))
                .body("[1].conditions", equalTo("no-tools"));
        given().get("/api/v1/leaderboards/arc-agi-2?asOf=2025-12-01").then().statusCode(200)
                .body("entries.modelSlug", contains("gemini-3-pro"));
        given().get("/api/v1/leaderboards/aime-2025/history").then().statusCode(200)
                .body("points.modelId", contains(model("gemini-3-pro"), model("gpt-5-2")))
                .body("points[1].improvement", equalTo(5.0f));
        given().get("/api/v1/comparisons?modelIds=gpt-5-2,gemini-3-pro").then().statusCode(200)
                .body("benchmarks", hasSize(7))
                .body("tallies.wins", contains(6, 1))
                .body("tallies.losses", contains(1, 6));
        given().get("/api/v1/ranks?modelIds=gemini-3-pro").then().statusCode(200)
                .body("[0].ranks.find { it.benchmarkSlug == 'mmmu-pro' }.rank", equalTo(1))
                .body("[0].ranks.find { it.benchmarkSlug == 'arc-agi-2' }.rank", equalTo(2));
    }

    @Test
    void trendsMomentumAndCoMentions() {
        given().get("/api/v1/trends?modelIds=gpt-5-2&interval=day&from=2025-12-01&to=2025-12-31").then().statusCode(200)
                .body("[0].points.period", contains("2025-12-12", "2025-12-15"))
                .body("[0].points.articles", contains(1, 1));
        given().get("/api/v1/trends?modelIds=gpt-5-2&interval=week&from=2025-12-01&to=2025-12-31").then().statusCode(200)
                .body("[0].points.period", contains("2025-12-08", "2025-12-15"));
        given().get("/api/v1/trends/models?window=7d&asOf=2025-12-15&limit=3").then().statusCode(200)
                .body("[0].modelId", equalTo(model("gpt-5-2")))
                .body("[0].current", equalTo(2))
                .body("[0].previous", equalTo(0));
        given().get("/api/v1/trends/co-mentions?modelIds=gemini-3-pro").then().statusCode(200)
                .body("[0].with[0].modelId", equalTo(model("gpt-5-2")));
    }

    @Test
    void badInputIsAClearProblem() {
        for (String path : List.of("/api/v1/leaderboards?benchmarkIds=swe-bench-verified&asOf=yesterday",
                "/api/v1/leaderboards", "/api/v1/comparisons?modelIds=gpt-5-2", "/api/v1/claims?status=MAYBE",
                "/api/v1/trends?modelIds=gpt-5-2&interval=month", "/api/v1/trends/models?window=7x",
                "/api/v1/mentions", "/api/v1/claims?limit=0")) {
            given().get(path).then().statusCode(400).contentType("application/problem+json");
        }
        given().get("/api/v1/claims/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/leaderboards/no-such-benchmark").then().statusCode(404);
    }
}
