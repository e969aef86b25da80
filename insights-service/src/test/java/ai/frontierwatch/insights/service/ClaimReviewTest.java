package ai.frontierwatch.insights.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.insights.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The review queue's state machine, and how an accepted claim is sent to models-service. The models-service
 * URL points at a recording HTTP server (see TestInfra): this checks the client's request mapping and error
 * mapping, not models-service; the result event models-service would then publish is sent by the test.
 */
@QuarkusTest
class ClaimReviewTest {

    private static final String HLE = "b-hle";

    @Test
    void acceptRecordsTheResultRejectStaysRejectedAndFailuresMapToProblems() {
        Fixtures.publishOnce();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(publisher.envelope(EventType.BENCHMARK_UPSERTED, HLE, 1, new BenchmarkState(HLE, "hle",
                    "Humanity's Last Exam", List.of("HLE"), "REASONING", "PERCENT", true, 0.0, 100.0)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/catalog/entities/" + HLE)
                    .then().statusCode(200));
            publisher.send(publisher.article(new ArticleState("review-a1", "HLE 新成绩", "https://example.com/review",
                    "Test", OffsetDateTime.parse("2025-07-01T08:00:00Z"), "zh-Hans", null, List.of(),
                    "Kimi K2 Thinking 在 HLE 上拿下了 44.9% 的成绩。\n\nQwen3-Max 在 HLE 上为 30.1%。\n\nGLM-4.6 在 HLE 上为 20.0%。",
                    List.of(), "h"), 1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/claims?articleIds=review-a1")
                    .then().body("total", equalTo(3)));
            given().get("/api/v1/leaderboards/hle").then().statusCode(200).body("entries.size()", equalTo(0));

            String kimi = claimOf("kimi-k2-thinking");
            int before = recorded().size();
            given().contentType("application/json").body("{\"note\":\"checked\"}").post("/api/v1/claims/" + kimi + "/accept")
                    .then().statusCode(200).body("review.state", equalTo("ACCEPTED")).body("review.resultId", notNullValue())
                    .body("review.note", equalTo("checked"));
            List<Map<String, Object>> requests = recorded();
            assertThat(requests).hasSize(before + 1);
            JsonPath sent = JsonPath.from(JsonPath.from(recordedJson()).prettify()).setRootPath("[" + before + "]");
            assertThat(sent.getString("model")).isEqualTo(CatalogFixture.model("kimi-k2-thinking"));
            assertThat(sent.getString("benchmark")).isEqualTo(HLE);
            assertThat(sent.getDouble("value")).isEqualTo(44.9);
            assertThat(sent.getList("conditions")).isEmpty();
            assertThat(sent.getString("measuredOn")).isEqualTo("2025-07-01");
            assertThat(sent.getString("sources[0].articleId")).isEqualTo("review-a1");
            assertThat(sent.getString("sources[0].url")).isEqualTo("https://example.com/review");
            assertThat(sent.getString("sources[0].quote")).isEqualTo("Kimi K2 Thinking 在 HLE 上拿下了 44.9% 的成绩。");
            assertThat(sent.getString("sources[0].reportedBy")).isEqualTo("THIRD_PARTY");
            assertThat(sent.getString("sources[0].publisher")).isEqualTo("Test");

            // Accepting again is a no-op: nothing more is sent.
            given().contentType("application/json").post("/api/v1/claims/" + kimi + "/accept").then().statusCode(200);
            assertThat(recorded()).hasSize(before + 1);

            // models-service then publishes the result; the leaderboard and the claim's status follow it.
            publisher.send(publisher.envelope(EventType.BENCHMARK_RESULT_UPSERTED, "r-kimi-hle", 1,
                    new BenchmarkResultState("r-kimi-hle", CatalogFixture.model("kimi-k2-thinking"), HLE, 44.9, null,
                            null, null, "", LocalDate.parse("2025-07-01"), false, List.of(
                                    new BenchmarkResultState.SourceRef("https://example.com/review", "review-a1",
                                            "Kimi K2 Thinking 在 HLE 上拿下了 44.9% 的成绩。", "THIRD_PARTY", "Test", null)))));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/leaderboards/hle").then()
                    .body("entries.modelSlug", contains("kimi-k2-thinking")).body("entries[0].value", equalTo(44.9f))
                    .body("entries[0].sources[0].articleId", equalTo("review-a1")));
            given().get("/api/v1/claims/" + kimi).then().body("status", equalTo("CORROBORATES"));
        }

        String qwen = claimOf("qwen3-max");
        given().contentType("application/json").body("{}").post("/api/v1/claims/" + qwen + "/reject").then()
                .statusCode(200).body("review.state", equalTo("REJECTED"));
        given().contentType("application/json").post("/api/v1/claims/" + qwen + "/accept").then().statusCode(409)
                .contentType("application/problem+json");
        given().contentType("application/json").post("/api/v1/claims/" + claimOf("kimi-k2-thinking") + "/reject")
                .then().statusCode(409);
        given().get("/api/v1/claims?articleIds=review-a1&review=REJECTED").then().body("total", equalTo(1));

        // models-service does not know the model (404): 422, and the claim stays pending.
        String glm = claimOf("glm-4-6");
        given().body("404").post(recorderUrl() + "/_next-status").then().statusCode(204);
        given().contentType("application/json").post("/api/v1/claims/" + glm + "/accept").then().statusCode(422)
                .contentType("application/problem+json");
        given().get("/api/v1/claims/" + glm).then().body("review.state", equalTo("PENDING"));
        // A transient 500 is retried: the second attempt is recorded and succeeds.
        int before = recorded().size();
        given().body("500").post(recorderUrl() + "/_next-status").then().statusCode(204);
        given().contentType("application/json").post("/api/v1/claims/" + glm + "/accept").then().statusCode(200)
                .body("review.state", equalTo("ACCEPTED"));
        assertThat(recorded()).hasSize(before + 2);
        given().contentType("application/json").post("/api/v1/claims/00000000-0000-0000-0000-000000000000/accept")
                .then().statusCode(404);
    }

    private static String claimOf(String modelSlug) {
        return given().get("/api/v1/claims?articleIds=review-a1&modelIds=" + modelSlug).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
    }

    private static String recorderUrl() {
        return ConfigProvider.getConfig().getValue("fw.test.models-recorder.url", String.class);
    }

    private static String recordedJson() {
        return given().get(recorderUrl() + "/_requests").then().statusCode(200).extract().asString();
    }

    private static List<Map<String, Object>> recorded() {
        return JsonPath.from(recordedJson()).getList("");
    }
}
