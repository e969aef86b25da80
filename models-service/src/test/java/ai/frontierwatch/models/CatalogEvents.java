package ai.frontierwatch.models;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.localstack.TestInfrastructure;
import ai.frontierwatch.localstack.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Reads what the service really published on the catalogue topic. To know that everything committed so far
 * has been shipped (and that nothing more is coming), it writes a sentinel vendor and waits for its event:
 * the relay ships in commit-sequence order, so every earlier event is then on the topic.
 */
public final class CatalogEvents {

    private CatalogEvents() {
    }

    public static List<EventEnvelope> allPublishedSoFar() {
        String slug = "sentinel-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Sentinel " + slug + "\"}")
                .post("/api/v1/vendors").then().statusCode(201).extract().path("id");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafka().bootstrapServers(), Topics.CATALOG)) {
            return await().atMost(Duration.ofSeconds(60))
                    .until(() -> reader.poll().stream().map(r -> EventCodec.fromJson(r.value())).toList(),
                            events -> events.stream().anyMatch(e -> e.aggregateId().equals(id)));
        }
    }

    public static long countFor(List<EventEnvelope> events, String aggregateId) {
        return events.stream().filter(e -> e.aggregateId().equals(aggregateId)).count();
    }
}
