package ai.frontierwatch.insights.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.insights.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Articles derive in parallel (shared lock) while catalogue changes stay exclusive: events applied at once from
 * several threads, in any interleaving, end in the state sequential application gives. The events are then also
 * published, as the services would have, so the topics stay the complete history a rebuild replays.
 */
@QuarkusTest
class ConcurrentDerivationTest {

    private static final int ARTICLES = 12;

    @Inject
    EventApplier applier;

    @Test
    void articlesDerivedConcurrentlyWithTheArrivalOfTheModelTheyNameAreAllLinkedToIt() throws Exception {
        Fixtures.publishOnce();
        Random random = new Random(7);
        for (int round = 0; round < 3; round++) {
            String modelId = "m-quill-" + round;
            List<EventEnvelope> events = new ArrayList<>();
            try (EventPublisher publisher = new EventPublisher()) {
                events.add(publisher.envelope(EventType.MODEL_UPSERTED, modelId, 1, new ModelState(modelId,
                        "quill-7" + round, "Quill-7" + round, CatalogFixture.vendor("openai"), "openai", List.of(), null,
                        "TEXT", null, false)));
                for (int k = 0; k < ARTICLES; k++) {
                    events.add(publisher.article(article(round, k, "7" + (k % 10) + ".5", "v1"), 1));
                }
                // A newer version of article 0 and redeliveries of everything, mixed in.
                events.add(publisher.article(article(round, 0, "88.0", "v2"), 2));
                new ArrayList<>(events).forEach(e -> events.add(EventPublisher.copyWithNewId(e)));
                Collections.shuffle(events, random);
                applyAllAtOnce(events);
                publisher.sendAll(events); // redeliveries for the consumers; keeps the topics a rebuild replays complete
            }

            for (int k = 0; k < ARTICLES; k++) {
                String articleId = articleId(round, k);
                JsonPath mentions = given().get("/api/v1/mentions?articleIds=" + articleId).then().statusCode(200)
                        .extract().jsonPath();
                assertThat(mentions.getList("[0].mentions.entityId", String.class)).as(articleId)
                        .containsExactlyInAnyOrder(modelId, CatalogFixture.vendor("openai"));
                assertThat(mentions.getInt("[0].mentions.find { it.entityId == '" + modelId + "' }.count")).isEqualTo(2);
                JsonPath claims = given().get("/api/v1/claims?articleIds=" + articleId).then().statusCode(200)
                        .extract().jsonPath();
                assertThat(claims.getInt("total")).as(articleId).isEqualTo(1);
                assertThat(claims.getString("items[0].modelId")).isEqualTo(modelId);
                assertThat(claims.getString("items[0].benchmarkId")).isEqualTo(CatalogFixture.benchmark("gpqa-diamond"));
                assertThat(claims.getDouble("items[0].value")).isEqualTo(k == 0 ? 88.0 : 70 + (k % 10) + 0.5);
            }
        }
    }

    private static String articleId(int round, int k) {
        return "concurrent-" + round + "-" + k;
    }

    private static ArticleState article(int round, int k, String score, String hash) {
        String model = "Quill-7" + round;
        return new ArticleState(articleId(round, k), model + " 初测 " + k, "https://example.com/q/" + round + "/" + k,
                "Test", OffsetDateTime.parse("2025-07-01T08:00:00Z").plusHours(k), "zh-Hans", null, List.of(),
                "OpenAI 的新模型 " + model + " 在 GPQA Diamond 上拿下了 " + score + "% 的成绩。", List.of(), hash);
    }

    /** Every event on its own thread, released together so their transactions overlap. */
    private void applyAllAtOnce(List<EventEnvelope> events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = events.stream().map(e -> pool.submit(() -> {
                start.await();
                applier.apply(EventCodec.toJson(e));
                return null;
            })).collect(Collectors.toList());
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void versionsOfOneArticleAppliedConcurrentlyKeepTheNewest() throws Exception {
        Fixtures.publishOnce();
        List<EventEnvelope> events = new ArrayList<>();
        try (EventPublisher publisher = new EventPublisher()) {
            IntStream.rangeClosed(1, 8).forEach(v -> events.add(publisher.article(new ArticleState("concurrent-versions",
                    "GPT-5.2 版本 " + v, "https://example.com/v", "Test", OffsetDateTime.parse("2025-07-02T08:00:00Z"),
                    "zh-Hans", null, List.of(), "GPT-5.2 在 GPQA Diamond 上拿下了 " + (80 + v) + ".0% 的成绩。",
                    List.of(), "h" + v), v)));
            new ArrayList<>(events).forEach(e -> events.add(EventPublisher.copyWithNewId(e)));
            Collections.shuffle(events, new Random(11));
            applyAllAtOnce(events);
            publisher.sendAll(events);
        }

        JsonPath claims = given().get("/api/v1/claims?articleIds=concurrent-versions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(claims.getInt("total")).isEqualTo(1);
        assertThat(claims.getDouble("items[0].value")).isEqualTo(88.0);
        Map<String, Object> mentions = given().get("/api/v1/mentions?articleIds=concurrent-versions").then()
                .statusCode(200).extract().jsonPath().getMap("[0]");
        assertThat(mentions.get("mentions").toString()).contains(CatalogFixture.model("gpt-5-2"));
    }
}
