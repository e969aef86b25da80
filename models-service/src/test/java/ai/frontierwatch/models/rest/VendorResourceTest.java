package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.localstack.TestInfrastructure;
import ai.frontierwatch.localstack.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VendorResourceTest {

    @Test
    void createdVendorIsStoredAndPublishedOnceThroughTheOutbox() {
        String id = given().contentType("application/json")
                .body("""
                        {"slug":"zhipu-test","name":"Zhipu Test","aliases":["智谱","智譜"],"country":"CN"}""")
                .post("/api/v1/vendors")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("slug", equalTo("zhipu-test"))
                .extract().path("id");

        given().get("/api/v1/vendors/zhipu-test").then().statusCode(200)
                .body("id", equalTo(id)).body("aliases", hasItem("智譜"));

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafka().bootstrapServers(), Topics.CATALOG)) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reader.poll().stream().filter(r -> r.key().equals("vendor:" + id)).toList(),
                            list -> !list.isEmpty());
            assertThat(records).hasSize(1);
            EventEnvelope event = EventCodec.fromJson(records.get(0).value());
            assertThat(event.type()).isEqualTo(EventType.VENDOR_UPSERTED);
            VendorState state = EventCodec.payload(event, VendorState.class);
            assertThat(state.name()).isEqualTo("Zhipu Test");
            assertThat(state.aliases()).containsExactly("智谱", "智譜");
        }
    }

    @Test
    void duplicateSlugIsAConflictAndWritesNothing() {
        given().contentType("application/json").body("{\"slug\":\"orchard\",\"name\":\"Orchard\"}")
                .post("/api/v1/vendors").then().statusCode(201);

        given().contentType("application/json").body("{\"slug\":\"orchard\",\"name\":\"Someone else\"}")
                .post("/api/v1/vendors")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem:conflict"))
                .body("detail", equalTo("A vendor with slug 'orchard' already exists"));

        given().get("/api/v1/vendors/orchard").then().body("name", equalTo("Orchard"));
    }

    @Test
    void invalidAndMalformedBodiesAreRejectedWithProblemDetails() {
        given().contentType("application/json").body("{\"slug\":\"Bad Slug\",\"name\":\"\"}")
                .post("/api/v1/vendors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("name", "slug")));

        given().contentType("application/json").body("{\"slug\": ")
                .post("/api/v1/vendors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem:malformed-body"));

        given().get("/api/v1/vendors/no-such-vendor")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Vendor 'no-such-vendor' does not exist"));
    }

    @Test
    void readinessChecksDatabaseAndKafka() {
        // the broker is probed in the background: the first call may not have its answer yet
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> given()
                .get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("kafka", "Database connections health check"))
                .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("reachable"))
                .body("checks.find { it.name == 'kafka' }.data.state", equalTo("ok")));
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("fw_outbox_pending"));
    }
}
