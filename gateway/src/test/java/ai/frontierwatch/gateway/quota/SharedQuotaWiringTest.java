package ai.frontierwatch.gateway.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway counts in the shared store when its database is configured: requests it served and requests another
 * replica counted (a second store on the same database) add up to one quota.
 */
@QuarkusTest
@TestProfile(SharedQuotaProfile.class)
class SharedQuotaWiringTest {

    private static final String QUERY = "{\"query\":\"{ apiVersion }\"}";

    @BeforeEach
    void wholeQuotas() throws SQLException {
        SharedQuotaProfile.emptyBuckets();
    }

    @Test
    void anotherReplicasRequestsCountAgainstTheSameQuota() {
        for (int remaining = 2; remaining >= 1; remaining--) {
            given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                    .post("/graphql").then().statusCode(200)
                    .header("RateLimit-Policy", "\"partner\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"partner\";r=" + remaining + ";t=\\d+"));
        }
        SharedQuotaProfile.otherReplica().acquire("partner:acme", 3);
        given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'quota-store' }.data.counted", equalTo("shared"));
    }
}
