package ai.frontierwatch.articles.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.articles.parsing.Fixtures;
import ai.frontierwatch.contracts.ContractSamples;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.contracts.articles.ArticleDeleted;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.localstack.TestInfrastructure;
import ai.frontierwatch.localstack.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleEventsTest {

    @Inject
    AgroalDataSource dataSource;

    private static List<EventEnvelope> eventsOf(TopicReader reader, String id, int expected) {
        return await().atMost(Duration.ofSeconds(40)).until(() -> reader.poll().stream()
                .filter(r -> r.key().equals("article:" + id))
                .map(r -> EventCodec.fromJson(r.value())).toList(), list -> list.size() >= expected);
    }

    @Test
    void publishedUpdatedAndDeletedArticlesTravelWithIncreasingVersionsAndDecodeIntoTheContract() throws Exception {
        // its own copy of the fixture (other URL), so that other tests' use of the fixture does not matter
        String original = Fixtures.text("front-matter-post.md").replace("open-models-gap", "open-models-gap-events")
                .replace("Open-weights models are training faster", "Open-weights models, events say, are training faster");
        String id = given().contentType("text/markdown").body(original.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles").then().statusCode(201).extract().path("articles[0].id");
        String changed = original.replace("Pricing keeps falling.", "Pricing keeps falling fast.");
        given().contentType("text/markdown").body(changed.getBytes(StandardCharsets.UTF_8)).post("/api/v1/articles").then().statusCode(200)
                .body("articles[0].status", org.hamcrest.Matchers.equalTo("UPDATED"));
        given().delete("/api/v1/articles/" + id).then().statusCode(204);

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafka().bootstrapServers(), Topics.ARTICLES)) {
            List<EventEnvelope> events = eventsOf(reader, id, 3);
            assertThat(events).extracting(EventEnvelope::type).containsExactly(EventType.ARTICLE_PUBLISHED,
                    EventType.ARTICLE_UPDATED, EventType.ARTICLE_DELETED);
            assertThat(events).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L, 3L);

            ArticleState published = EventCodec.payload(events.get(0), ArticleState.class);
            assertThat(published.id()).isEqualTo(id);
            assertThat(published.title()).isEqualTo("Open models close the gap on coding benchmarks");
            assertThat(published.url()).isEqualTo("https://frontierwatch.example/articles/open-models-gap-events");
            assertThat(published.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-12-20T09:30:00+08:00"));
            assertThat(published.language()).isEqualTo("en");
            assertThat(published.tags()).containsExactly("open models", "coding", "benchmarks");
            assertThat(published.plainText()).contains("Pricing keeps falling.").contains("events say");
            assertThat(published.contentHash()).startsWith("sha256:");
            ArticleState updated = EventCodec.payload(events.get(1), ArticleState.class);
            assertThat(updated.plainText()).contains("Pricing keeps falling fast.");
            assertThat(updated.contentHash()).isNotEqualTo(published.contentHash());
            assertThat(EventCodec.payload(events.get(2), ArticleDeleted.class).id()).isEqualTo(id);

            // Same payload shape as the contract's canonical samples: every field the contract names is there.
            for (EventEnvelope e : events) {
                JsonNode sample = EventCodec.mapper().readTree(ContractSamples.json(e.type())).get("payload");
                List<String> expected = new ArrayList<>();
                sample.fieldNames().forEachRemaining(expected::add);
                List<String> actual = new ArrayList<>();
                e.payload().fieldNames().forEachRemaining(actual::add);
                assertThat(actual).as(e.type().name()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void tablesTravelInTheEvent() {
        String id = given().contentType("text/plain")
                .body(Fixtures.text("briefing-tables.txt").replace("本週重點", "本週事件重點").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles").then().statusCode(201).extract().path("articles[0].id");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafka().bootstrapServers(), Topics.ARTICLES)) {
            EventEnvelope event = eventsOf(reader, id, 1).get(0);
            ArticleState state = EventCodec.payload(event, ArticleState.class);
            assertThat(state.tables()).hasSize(2);
            // a table has the fields of the contract sample's table, bold cells included
            List<String> sampleFields = new ArrayList<>();
            ContractSamples.envelope(EventType.ARTICLE_PUBLISHED).payload().get("tables").get(0).fieldNames()
                    .forEachRemaining(sampleFields::add);
            List<String> fields = new ArrayList<>();
            event.payload().get("tables").get(0).fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrderElementsOf(sampleFields).contains("bold");
            assertThat(state.tables().get(0).caption()).isEqualTo("程式與推理");
            assertThat(state.tables().get(0).rows().get(0)).containsExactly("SWE-bench Verified", "69.6%", "68.0%", "Qwen3-Max");
            // **69.6%** (Qwen3-Max) and **82.9%** (GLM-4.6) are the scores the briefing marks as leading
            assertThat(state.tables().get(0).bold()).containsExactly(new ArticleState.BoldCell(0, 0),
                    new ArticleState.BoldCell(0, 1), new ArticleState.BoldCell(1, 0), new ArticleState.BoldCell(1, 2));
            assertThat(state.tables().get(1).caption()).isEqualTo("多模態");
            assertThat(state.tables().get(1).bold()).containsExactly(new ArticleState.BoldCell(0, 1),
                    new ArticleState.BoldCell(1, 2));
            assertThat(state.language()).isEqualTo("zh-Hant");
        }
    }

    @Test
    void articlesIngestedWhileKafkaIsDownArePublishedWhenItIsBack() throws Exception {
        long publishedBefore = publishedSoFar();
        TestInfrastructure.kafka().stop();
        String id;
        try {
            id = given().contentType("application/json")
                    .body(Map.of("title", "Written during a broker outage", "body", "Kafka is down while this is stored.",
                            "source", "outage-test"))
                    .post("/api/v1/articles").then().statusCode(201).extract().path("articles[0].id");
            given().get("/api/v1/articles/" + id).then().statusCode(200);
            // still in the Service: the event waits in the outbox, the broker shows as degraded
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("unreachable"))
                    .body("checks.find { it.name == 'kafka' }.data.state", equalTo("degraded"))
                    .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(1)));
        } finally {
            TestInfrastructure.kafka().start();
        }
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafka().bootstrapServers(), Topics.ARTICLES)) {
            List<EventEnvelope> events = eventsOf(reader, id, 1);
            assertThat(events).hasSize(1);
            assertThat(events.get(0).type()).isEqualTo(EventType.ARTICLE_PUBLISHED);
            assertThat(EventCodec.payload(events.get(0), ArticleState.class).title()).isEqualTo("Written during a broker outage");
        }
        // once: nothing lost, nothing sent twice
        assertThat(publishedSoFar()).isEqualTo(publishedBefore + 1);
    }

    /** Records on the articles topic once the outbox is empty (every committed event acknowledged by the broker). */
    private long publishedSoFar() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
        Properties props = new Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
