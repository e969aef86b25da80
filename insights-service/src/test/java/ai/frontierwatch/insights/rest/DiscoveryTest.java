package ai.frontierwatch.insights.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.insights.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Names the catalogue does not know become discovered models; editors dismiss them; the catalogue takes them over. */
@QuarkusTest
class DiscoveryTest {

    private static final String NEW_MODEL = "discovered:27b-3.7-qwen";

    @BeforeEach
    void world() {
        Fixtures.publishOnce();
    }

    private static ArticleState article(String id, String body) {
        return new ArticleState(id, "Release notes " + id, null, "test", OffsetDateTime.parse("2026-04-27T00:00:00Z"),
                "en", null, List.of(), body, List.of(), "h-" + id);
    }

    @Test
    void anUnknownModelNameIsDiscoveredThenTakenOverByTheCatalogue() {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(publisher.article(article("disc-1", "Qwen3.7-27B is out. We ran Qwen 3.7 27B locally."), 1));
            publisher.send(publisher.article(article("disc-2", "Benchmarks of Qwen3.7-27B-GGUF on a laptop."), 1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .get("/api/v1/discovered?ids=" + NEW_MODEL + ",discovered:unknown").then().statusCode(200)
                    .body("id", contains(NEW_MODEL))
                    .body("[0].kind", equalTo("MODEL"))
                    .body("[0].articleCount", equalTo(2))
                    .body("[0].mentionCount", equalTo(3))
                    .body("[0].name", equalTo("Qwen 3.7 27B"))
                    .body("[0].surfaces", contains("Qwen 3.7 27B", "Qwen3.7-27B", "Qwen3.7-27B-GGUF"))
                    .body("[0].evidence[0].articleId", equalTo("disc-1")));
            given().get("/api/v1/discovered?limit=100").then().statusCode(200).body("items.id", hasItem(NEW_MODEL));

            // The catalogue learns the model: both articles are linked to it and the discovered one is gone.
            ModelState confirmed = new ModelState("m-qwen37-27b", "qwen3-7-27b", "Qwen3.7-27B", null, null, List.of(),
                    "Qwen", "text", null, true);
            publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, confirmed.id(), 1, confirmed));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .get("/api/v1/mentions?articleIds=disc-1,disc-2").then().statusCode(200)
                    .body("[0].mentions.entityId", contains("m-qwen37-27b"))
                    .body("[0].mentions[0].count", equalTo(2))
                    .body("[1].mentions.entityId", contains("m-qwen37-27b")));
            given().get("/api/v1/discovered?ids=" + NEW_MODEL).then().statusCode(200).body("id", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    void aDismissedNameIsNotProposedAgain() {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(publisher.article(article("disc-3", "Our tests of GPT-3 Mini Zeta."), 1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .get("/api/v1/mentions?articleIds=disc-3").then().statusCode(200)
                    .body("[0].mentions.entityId", hasItem("discovered:3-gpt-mini")));
        }
        given().contentType(ContentType.JSON).body("{\"id\":\"discovered:3-gpt-mini\"}")
                .post("/api/v1/discovered/dismissals").then().statusCode(204);
        given().get("/api/v1/mentions?articleIds=disc-3").then().statusCode(200)
                .body("[0].mentions.entityId", not(hasItem("discovered:3-gpt-mini")));
        given().contentType(ContentType.JSON).body("{\"id\":\"discovered:3-gpt-mini\"}")
                .post("/api/v1/discovered/dismissals").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"id\":\"model:3-gpt-mini\"}")
                .post("/api/v1/discovered/dismissals").then().statusCode(400);
        given().get("/api/v1/discovered?ids=discovered:a%00b").then().statusCode(400);
        given().get("/api/v1/discovered?after=%%%").then().statusCode(400);
    }
}
