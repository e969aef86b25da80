package ai.frontierwatch.insights.consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.localstack.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * While the broker is away the consumers have nothing to do: the service stays started and ready (serving what it
 * derived so far) and says the broker is unreachable; once the broker is back the consumers go on from where they were.
 */
@QuarkusTest
class BrokerOutageTest {

    @Test
    void staysReadyWhileTheBrokerIsAwayAndConsumesAgainWhenItIsBack() {
        TestInfrastructure.kafka().stop();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("unreachable")));
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.data.state", equalTo("degraded"));
            given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/api/v1/catalog/entities/" + UUID.randomUUID()).then().statusCode(404);
        } finally {
            TestInfrastructure.kafka().start();
        }

        String vendorId = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher()) {
            EventEnvelope vendor = publisher.envelope(EventType.VENDOR_UPSERTED, vendorId, 1,
                    new VendorState(vendorId, "after-outage-labs", "After Outage Labs", List.of(), null, null));
            publisher.send(vendor);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/v1/catalog/entities/" + vendorId).then().statusCode(200)
                .body("kind", equalTo("VENDOR"))
                .body("name", equalTo("After Outage Labs")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("reachable"))
                .body("checks.find { it.name == 'kafka' }.data.state", equalTo("ok")));
    }
}
