package ai.frontierwatch.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * models-service accepts connections but never answers (a listening socket nobody reads): a read would wait for the
 * client's own 3 s bound three times (two retries) before reporting UNAVAILABLE; the whole operation is cut at 4 s
 * instead. 4 s leaves room for a cold first request on a busy machine.
 */
@QuarkusTest
@TestProfile(OperationTimeoutTest.SilentModelsService.class)
class OperationTimeoutTest {

    public static class SilentModelsService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fw.graphql.operation-timeout", "4s", "%test.fw.graphql.operation-timeout", "4s",
                    "quarkus.rest-client.models.url", "http://127.0.0.1:" + SilentServer.port());
        }
    }

    @Test
    void anOperationPastItsTimeBoundIsATimeoutErrorNotAHang() {
        given().contentType("application/json").body("{\"query\":\"{ model(slug: \\\"gpt-5-2\\\") { name } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("$", hasKey("data"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("TIMEOUT"))
                .body("errors[0].message", equalTo("The operation did not complete within 4000 ms"));
    }

    @Test
    void theNewMediaTypeGetsTheSameAnswer() {
        given().accept("application/graphql-response+json").contentType("application/json")
                .body("{\"query\":\"{ models(first: 1) { edges { node { name } } } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("TIMEOUT"));
    }

    @Test
    void operationsThatNeedNoSlowServiceAreUnaffected() {
        given().contentType("application/json").body("{\"query\":\"{ apiVersion }\"}").post("/graphql")
                .then().statusCode(200).body("data.apiVersion", equalTo("1.0"));
    }
}
