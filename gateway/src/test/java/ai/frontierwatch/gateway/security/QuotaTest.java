package ai.frontierwatch.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner keys: known keys get their own quota, answered with 429 and Retry-After once used up. */
@QuarkusTest
class QuotaTest {

    private static final String QUERY = "{\"query\":\"{ apiVersion }\"}";

    /** Windows are whole minutes: the test starts early enough in one to finish within it. */
    @BeforeEach
    void earlyInAMinute() {
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().getEpochSecond() % 60 < 40);
    }

    @Test
    void aPartnerKeyHasItsOwnQuotaAndLearnsWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                    .post("/graphql").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .body("data.apiVersion", equalTo("1.0"));
        }
        given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].message", equalTo("Quota of 3 requests per minute used up"));
        // Anonymous callers are counted separately and are still served.
        given().contentType("application/json").body(QUERY).post("/graphql").then().statusCode(200);
    }

    @Test
    void unknownAndRevokedKeysAreRefused() {
        given().header("X-API-Key", "revoked-test-key").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().header("X-API-Key", "no-such-key").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(401)
                .body("errors[0].message", equalTo("The API key is not valid"));
    }
}
