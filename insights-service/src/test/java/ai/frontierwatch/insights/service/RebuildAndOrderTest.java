package ai.frontierwatch.insights.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.insights.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Insights are a function of the current catalogue and articles: articles before the models they name,
 * shuffled and duplicated events, late older versions, and a full rebuild from the topics all end in the same
 * state. Editors' decisions survive the rebuild.
 */
@QuarkusTest
class RebuildAndOrderTest {

    private static final String ZEPHYR = "m-zephyr";
    /** "新模型 Zephyr-9" announces a model: unknown to the catalogue, it is held as a discovered name. */
    private static final String DISCOVERED = "discovered:9-zephyr";

    @Test
    void modelArrivingAfterItsArticlesRelinksThemAndARenameUnlinksThem() {
        ArticleState article = new ArticleState("order-relink", "Zephyr-9 初测", "https://example.com/z", "Test",
                OffsetDateTime.parse("2025-06-03T08:00:00Z"), "zh-Hans", null, List.of(),
                "OpenAI 的新模型 Zephyr-9 在 GPQA Diamond 上拿下了 70.5% 的成绩。详见 https://example.com/zephyr-9",
                List.of(), "h");
        ModelState zephyr = new ModelState(ZEPHYR, "zephyr-9", "Zephyr-9", CatalogFixture.vendor("openai"), "openai",
                List.of("Zephyr 9"), null, "TEXT", null, false);
        ModelState renamed = new ModelState(ZEPHYR, "zephyr-9", "Zephyr Nine", CatalogFixture.vendor("openai"), "openai",
                List.of(), null, "TEXT", null, false);
        try (EventPublisher publisher = new EventPublisher()) {
            Fixtures.publishOnce();
            publisher.send(publisher.article(article, 1));
            // Processed: the vendor is found; the model is not known yet, so it is only a discovered name, with no claim.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/mentions?articleIds=order-relink")
                    .then().body("[0].mentions.entityId", contains(CatalogFixture.vendor("openai"), DISCOVERED)));
            // The score is kept on the discovered name, as written, until the catalogue knows the model.
            given().get("/api/v1/claims?articleIds=order-relink").then().body("total", equalTo(1))
                    .body("items[0].modelId", equalTo(DISCOVERED)).body("items[0].modelName", equalTo("Zephyr-9"))
                    .body("items[0].value", equalTo(70.5f));

            publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, ZEPHYR, 1, zephyr));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/mentions?articleIds=order-relink")
                    .then().body("[0].mentions.find { it.entityId == 'm-zephyr' }.count", equalTo(2)));
            // The catalogue now knows the name: the discovered entry gives way to the model.
            given().get("/api/v1/mentions?articleIds=order-relink").then()
                    .body("[0].mentions.entityId", containsInAnyOrder(CatalogFixture.vendor("openai"), ZEPHYR));
            given().get("/api/v1/claims?articleIds=order-relink").then().body("total", equalTo(1))
                    .body("items[0].modelId", equalTo(ZEPHYR)).body("items[0].value", equalTo(70.5f))
                    .body("items[0].status", equalTo("NEW"));

            publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, ZEPHYR, 2, renamed));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/claims?articleIds=order-relink")
                    .then().body("total", equalTo(1)).body("items[0].modelId", equalTo(DISCOVERED)));
            given().get("/api/v1/mentions?articleIds=order-relink").then()
                    .body("[0].mentions.entityId", contains(CatalogFixture.vendor("openai"), DISCOVERED));
        }
    }

    @Test
    void shuffledDuplicatedIncrementalStateEqualsTheRebuiltStateAndReviewsSurvive() {
        Random random = new Random(42);
        try (EventPublisher publisher = new EventPublisher()) {
            Fixtures.publishOnce();
            List<EventEnvelope> events = new ArrayList<>();
            ModelState nova = new ModelState("m-nova", "nova-x", "Nova X", CatalogFixture.vendor("openai"), "openai",
                    List.of("NovaX"), null, "TEXT", null, false);
            ModelState novaOld = new ModelState("m-nova", "nova-x", "Nova Old", CatalogFixture.vendor("openai"), "openai",
                    List.of(), null, "TEXT", null, false);
            events.add(publisher.envelope(EventType.MODEL_UPSERTED, "m-nova", 2, nova));
            ArticleState a1 = new ArticleState("order-a1", "NovaX 发布", "https://example.com/a1", "Test",
                    OffsetDateTime.parse("2025-06-10T08:00:00Z"), "zh-Hans", null, List.of(),
                    "Nova X 在 SWE-bench Verified 上拿下了 61.5% 的成绩，GPT-5.2 为 80.0%。", List.of(), "h1");
            ArticleState a1v2 = new ArticleState("order-a1", "NovaX 发布（更新）", "https://example.com/a1", "Test",
                    OffsetDateTime.parse("2025-06-10T08:00:00Z"), "zh-Hans", null, List.of(),
                    "Nova X 在 SWE-bench Verified 上拿下了 62.0% 的成绩，GPT-5.2 为 80.0%。", List.of(), "h2");
            events.add(publisher.article(a1, 1));
            events.add(publisher.article(a1v2, 2));
            events.add(publisher.envelope(EventType.ARTICLE_PUBLISHED, "order-a2", 1, new ArticleState("order-a2",
                    "NovaX 对比", null, "Test", OffsetDateTime.parse("2025-06-11T08:00:00Z"), "en", null, List.of(),
                    "NovaX scores 55% on GPQA Diamond (no tools), behind Gemini 3 Pro.", List.of(), "h3")));
            List<EventEnvelope> shuffled = new ArrayList<>(events);
            events.forEach(e -> shuffled.add(EventPublisher.copyWithNewId(e))); // redelivered under new ids
            shuffled.addAll(events); // redelivered exactly
            Collections.shuffle(shuffled, random);
            // The older model state and article version arrive last: they must not win.
            shuffled.add(publisher.envelope(EventType.MODEL_UPSERTED, "m-nova", 1, novaOld));
            shuffled.add(publisher.article(a1, 1));
            publisher.sendAll(shuffled);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/v1/claims?articleIds=order-a1,order-a2&modelIds=nova-x").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.value", org.hamcrest.Matchers.contains(55.0f, 62.0f)));
        // Every event above has been applied once its last version is visible; now compare against a rebuild.
        String claimId = given().get("/api/v1/claims?articleIds=order-a2").then().extract().path("items[0].id");
        given().contentType("application/json").body("{\"note\":\"no source for this\"}")
                .post("/api/v1/claims/" + claimId + "/reject").then().statusCode(200).body("review.state", equalTo("REJECTED"));

        Map<String, String> incremental = digest();
        given().auth().oauth2("test-operator-token").post("/api/v1/admin/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2("test-operator-token").get("/api/v1/admin/rebuild").then()
                .body("state", equalTo("DONE")));
        assertThat(digest()).isEqualTo(incremental);
        given().get("/api/v1/claims/" + claimId).then().statusCode(200).body("review.state", equalTo("REJECTED"))
                .body("review.note", equalTo("no source for this"));
        given().get("/api/v1/comparisons?modelIds=gpt-5-2,gemini-3-pro").then().body("tallies.wins",
                org.hamcrest.Matchers.contains(6, 1));
    }

    private static Map<String, String> digest() {
        return given().auth().oauth2("test-operator-token").get("/api/v1/admin/state-digest").then().statusCode(200).extract().jsonPath().getMap("");
    }
}
