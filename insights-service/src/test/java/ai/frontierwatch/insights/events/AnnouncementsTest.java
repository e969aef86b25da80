package ai.frontierwatch.insights.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.ContractSamples;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.insights.ClaimConflictDetected;
import ai.frontierwatch.contracts.insights.StateOfTheArtChanged;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.localstack.TestInfrastructure;
import ai.frontierwatch.localstack.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import ai.frontierwatch.insights.service.EventApplier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The producer side of the insights contract, through the real broker: results that take the lead and claims
 * that contradict the record are announced on fw.insights.v1 once, however often their events are delivered.
 * Every entity here is the test's own (fresh ids), so announcements of other tests do not interfere.
 */
@QuarkusTest
class AnnouncementsTest {

    @Inject
    EventApplier applier;

    @Inject
    EntityManager em;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String benchmarkId = "b-ann-" + suffix;
    private final String leaderId = "m-ann-lead-" + suffix;
    private final String challengerId = "m-ann-next-" + suffix;

    @Test
    void aResultThatTakesTheLeadIsAnnouncedOnceWithItsValuesAndRedeliveryAddsNothing() throws Exception {
        try (EventPublisher publisher = new EventPublisher(); TopicReader topic = reader()) {
            catalogue(publisher);
            EventEnvelope first = result(publisher, "r1", leaderId, 70.0, "", LocalDate.of(2025, 11, 1));
            publisher.send(first);
            List<StateOfTheArtChanged> announced = awaitChanges(topic, 1);
            assertThat(announced.get(0).modelId()).isEqualTo(leaderId);
            assertThat(announced.get(0).previousModelId()).isNull();

            EventEnvelope lead = result(publisher, "r2", challengerId, 75.5, "", LocalDate.of(2025, 12, 1));
            publisher.send(lead);
            StateOfTheArtChanged change = awaitChanges(topic, 2).get(1);
            assertThat(change).isEqualTo(new StateOfTheArtChanged(benchmarkId, "ann-bench-" + suffix,
                    "Quillmark " + suffix, "", "PERCENT", true, challengerId, "ann-next-" + suffix, "Zephyrine " + suffix,
                    75.5, "r2-" + suffix, leaderId, "ann-lead-" + suffix, 70.0, LocalDate.of(2025, 12, 1)));

            // Redelivered as is and under a new event id, and a lower score that does not take the lead, handed to
            // the method the consumer calls, so the test knows when they were applied.
            EventEnvelope lower = result(publisher, "r3", leaderId, 72.0, "", LocalDate.of(2025, 12, 2));
            for (EventEnvelope e : List.of(lead, EventPublisher.copyWithNewId(lead), lower)) {
                deliver(publisher, e);
            }
            assertThat(published("leaderboard:" + benchmarkId)).hasSize(2);
            assertThat(changes(topic)).hasSize(2);
        }
    }

    @Test
    void whileAnotherInstanceRebuildsNothingIsAnnouncedAndNoSecondRebuildStarts() throws Exception {
        try (EventPublisher publisher = new EventPublisher(); TopicReader topic = reader()) {
            catalogue(publisher);
            publisher.send(result(publisher, "r1", leaderId, 70.0, "", LocalDate.of(2025, 11, 1)));
            awaitChanges(topic, 1);
            // Another instance's rebuild holds the lease.
            sql("UPDATE rebuild_lease SET owner = 'another-instance', started_at = now(), "
                    + "expires_at = now() + interval '10 minutes' WHERE id = 1");
            try {
                given().auth().oauth2("test-operator-token").post("/api/v1/admin/rebuild").then().statusCode(409);
                deliver(publisher, result(publisher, "r2", challengerId, 75.5, "", LocalDate.of(2025, 12, 1)));
                // The new leader is recorded (so it is not announced later either), and nothing is published.
                assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT model_id FROM board_leader WHERE benchmark_id = ?1 AND conditions = ''")
                        .setParameter(1, benchmarkId).getSingleResult())).isEqualTo(challengerId);
                assertThat(published("leaderboard:" + benchmarkId)).hasSize(1);

                // A lease its instance stopped renewing (it died) holds nothing back once expired.
                sql("UPDATE rebuild_lease SET expires_at = now() - interval '1 second' WHERE id = 1");
                deliver(publisher, result(publisher, "r3", leaderId, 80.0, "", LocalDate.of(2025, 12, 2)));
                StateOfTheArtChanged change = awaitChanges(topic, 2).get(1);
                assertThat(change.modelId()).isEqualTo(leaderId);
                assertThat(change.value()).isEqualTo(80.0);
                assertThat(change.previousModelId()).isEqualTo(challengerId);
                assertThat(change.previousValue()).isEqualTo(75.5);
            } finally {
                sql("UPDATE rebuild_lease SET expires_at = NULL WHERE id = 1");
            }
        }
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void aClaimContradictingTheRecordIsAnnouncedOnceWithTheRecordedValue() throws Exception {
        try (EventPublisher publisher = new EventPublisher(); TopicReader topic = reader()) {
            catalogue(publisher);
            publisher.send(result(publisher, "r1", challengerId, 75.5, "", LocalDate.of(2025, 12, 1)));
            awaitChanges(topic, 1);
            String articleId = "a-ann-" + suffix;
            EventEnvelope article = publisher.article(new ArticleState(articleId, "Zephyrine " + suffix + " 新成绩",
                    "https://example.com/" + articleId, "Test", OffsetDateTime.parse("2025-12-05T08:00:00Z"), "zh-Hans",
                    null, List.of(), "Zephyrine " + suffix + " 在 Quillmark " + suffix + " 上拿下了 65.0% 的成绩。",
                    List.of(), "h-" + suffix), 1);
            publisher.send(article);
            ClaimConflictDetected conflict = awaitConflicts(topic, articleId, 1).get(0);
            assertThat(conflict.modelId()).isEqualTo(challengerId);
            assertThat(conflict.modelSlug()).isEqualTo("ann-next-" + suffix);
            assertThat(conflict.benchmarkId()).isEqualTo(benchmarkId);
            assertThat(conflict.claimedValue()).isEqualTo(65.0);
            assertThat(conflict.recorded()).containsExactly(new ClaimConflictDetected.Recorded("r1-" + suffix, 75.5, ""));
            assertThat(conflict.quote()).contains("65.0%");
            given().get("/api/v1/claims/" + conflict.claimId()).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("CONFLICTS"));

            // Redelivered under a new id, and the record changing under it: nothing is announced again.
            deliver(publisher, EventPublisher.copyWithNewId(article));
            deliver(publisher, result(publisher, "r2", challengerId, 76.0, "", LocalDate.of(2025, 12, 7)));
            assertThat(published("claim:" + conflict.claimId())).hasSize(1);
        }
    }

    /**
     * Applies the event as the consumer would, then puts it on its topic too (the consumer skips it as already
     * processed), so the topics still hold everything applied and a rebuild by another test sees the same world.
     */
    private void deliver(EventPublisher publisher, EventEnvelope event) {
        applier.apply(EventCodec.toJson(event));
        publisher.send(event);
    }

    /**
     * Every record with this key on fw.insights.v1 once the outbox is drained: the relay deletes a row only after
     * the broker acknowledged it, so whatever was announced is then below the topic's end offsets.
     */
    private List<String> published(String key) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult()).longValue()) == 0);
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INSIGHTS).stream()
                    .map(p -> new TopicPartition(Topics.INSIGHTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                    }
                }
            }
        }
        return values;
    }

    @Test
    void theShippedSamplesAreWhatThisServicePublishes() {
        // Producer side of the owned contract: every field of the samples is a component the service fills.
        for (EventType type : List.of(EventType.STATE_OF_THE_ART_CHANGED, EventType.CLAIM_CONFLICT_DETECTED)) {
            EventEnvelope sample = ContractSamples.envelope(type);
            Record payload = EventCodec.payload(sample, type.payloadType());
            JsonNode encoded = EventCodec.mapper().valueToTree(payload);
            for (Iterator<String> it = sample.payload().fieldNames(); it.hasNext();) {
                assertThat(encoded.has(it.next())).isTrue();
            }
            assertThat(encoded.size()).isEqualTo(sample.payload().size());
        }
    }

    private void catalogue(EventPublisher publisher) {
        publisher.send(publisher.envelope(EventType.BENCHMARK_UPSERTED, benchmarkId, 1, new BenchmarkState(benchmarkId,
                "ann-bench-" + suffix, "Quillmark " + suffix, List.of(), "CODING", "PERCENT", true, 0.0, 100.0)));
        publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, leaderId, 1, new ModelState(leaderId,
                "ann-lead-" + suffix, "Aldermoor " + suffix, "v-ann", "ann", List.of(), null, "TEXT", null, false)));
        publisher.send(publisher.envelope(EventType.MODEL_UPSERTED, challengerId, 1, new ModelState(challengerId,
                "ann-next-" + suffix, "Zephyrine " + suffix, "v-ann", "ann", List.of(), null, "TEXT", null, false)));
        for (String id : List.of(benchmarkId, leaderId, challengerId)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/catalog/entities/" + id)
                    .then().statusCode(200));
        }
    }

    private EventEnvelope result(EventPublisher publisher, String id, String modelId, double value, String conditions,
            LocalDate measuredOn) {
        String resultId = id + "-" + suffix;
        return publisher.envelope(EventType.BENCHMARK_RESULT_UPSERTED, resultId, 1, new BenchmarkResultState(resultId,
                modelId, benchmarkId, value, null, null, null, conditions, measuredOn, false, List.of()));
    }

    private List<StateOfTheArtChanged> awaitChanges(TopicReader topic, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> changes(topic).size() >= count);
        List<StateOfTheArtChanged> changes = changes(topic);
        assertThat(changes).hasSize(count);
        return changes;
    }

    private List<StateOfTheArtChanged> changes(TopicReader topic) {
        return topic.poll().stream().map(AnnouncementsTest::envelope)
                .filter(e -> e.type() == EventType.STATE_OF_THE_ART_CHANGED && e.aggregateId().equals(benchmarkId))
                .map(e -> EventCodec.payload(e, StateOfTheArtChanged.class)).toList();
    }

    private static List<ClaimConflictDetected> awaitConflicts(TopicReader topic, String articleId, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> conflicts(topic, articleId).size() >= count);
        return conflicts(topic, articleId);
    }

    private static List<ClaimConflictDetected> conflicts(TopicReader topic, String articleId) {
        return topic.poll().stream().map(AnnouncementsTest::envelope)
                .filter(e -> e.type() == EventType.CLAIM_CONFLICT_DETECTED)
                .map(e -> EventCodec.payload(e, ClaimConflictDetected.class))
                .filter(c -> c.articleId().equals(articleId)).toList();
    }

    private static EventEnvelope envelope(ConsumerRecord<String, String> record) {
        EventEnvelope e = EventCodec.fromJson(record.value());
        assertThat(record.key()).isEqualTo(e.key());
        return e;
    }

    private static TopicReader reader() {
        return new TopicReader(TestInfrastructure.kafka().bootstrapServers(), Topics.INSIGHTS);
    }
}
