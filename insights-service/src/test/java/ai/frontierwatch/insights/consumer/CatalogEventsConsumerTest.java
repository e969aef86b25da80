package ai.frontierwatch.insights.consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.contracts.ContractSamples;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.localstack.TestInfrastructure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The consumer side of the event contract: the shipped samples, redelivered and out of order. */
@QuarkusTest
class CatalogEventsConsumerTest {

    @Test
    void contractSampleIsProjectedOnceAndAnOlderVersionDoesNotWin() throws Exception {
        EventEnvelope sample = ContractSamples.envelope(EventType.MODEL_UPSERTED);
        // An older version of the same model, sent after the newer one, with a different name.
        ObjectNode olderPayload = sample.payload().deepCopy();
        olderPayload.put("name", "Qwen (old)");
        EventEnvelope older = new EventEnvelope(UUID.randomUUID(), sample.type(), 1, sample.occurredAt(),
                sample.aggregateId(), sample.aggregateVersion() - 1, olderPayload);

        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.CATALOG, sample.key(), ContractSamples.json(EventType.MODEL_UPSERTED))).get();
            producer.send(new ProducerRecord<>(Topics.CATALOG, sample.key(), ContractSamples.json(EventType.MODEL_UPSERTED))).get();
            producer.send(new ProducerRecord<>(Topics.CATALOG, older.key(), EventCodec.toJson(older))).get();
            producer.send(new ProducerRecord<>(Topics.CATALOG, "junk", "{not an event")).get();
            // A marker sent last: once it is visible, everything before it on the partition was handled.
            EventEnvelope marker = ContractSamples.envelope(EventType.VENDOR_UPSERTED);
            producer.send(new ProducerRecord<>(Topics.CATALOG, sample.key(), EventCodec.toJson(marker))).get();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .get("/api/v1/catalog/entities/" + marker.aggregateId()).then().statusCode(200));
        }

        given().get("/api/v1/catalog/entities/" + sample.aggregateId())
                .then().statusCode(200)
                .body("kind", equalTo("MODEL"))
                .body("name", equalTo("Qwen"))
                .body("version", equalTo(3))
                .body("state.vendorSlug", equalTo("alibaba"))
                .body("state.aliases[0]", equalTo("通义千问"));
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
