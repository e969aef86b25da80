package ai.frontierwatch.gateway.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a broker the gateway stays ready for queries and says that subscriptions are paused. */
@QuarkusTest
@TestProfile(BrokerOutageTest.NoBroker.class)
class BrokerOutageTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // nothing listens on the discard port: the broker is unreachable
            return Map.of("fw.gateway.live.bootstrap-servers", "127.0.0.1:9");
        }
    }

    @Test
    void queriesAreServedAndReadinessReportsTheBrokerUnreachable() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("unreachable"))
                .body("checks.find { it.name == 'kafka' }.data.subscriptions", equalTo("paused"))
                .body("checks.name", hasItem("kafka"));

        given().contentType("application/json").body("{\"query\":\"{ __typename apiVersion }\"}")
                .post("/graphql").then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"));
    }
}
