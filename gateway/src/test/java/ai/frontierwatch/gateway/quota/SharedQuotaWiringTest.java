package ai.frontierwatch.gateway.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import ai.frontierwatch.localstack.LocalPostgres;
import ai.frontierwatch.localstack.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The gateway counts in the shared store when its database is configured: requests it served and requests another
 * replica counted (a second store on the same database) add up to one quota.
 */
@QuarkusTest
@TestProfile(SharedQuotaWiringTest.WithQuotaDatabase.class)
class SharedQuotaWiringTest {

    private static final String DATABASE = "gateway_wiring_test";
    private static final String QUERY = "{\"query\":\"{ apiVersion }\"}";

    public static class WithQuotaDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(QuotaDatabase.class));
        }
    }

    /** The gateway's own database on the tests' PostgreSQL. */
    public static class QuotaDatabase implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            LocalPostgres postgres = TestInfrastructure.postgres();
            postgres.ensureDatabase(DATABASE);
            return Map.of("quarkus.datasource.quota.jdbc.url", postgres.jdbcUrl(DATABASE),
                    "quarkus.datasource.quota.username", LocalPostgres.USER);
        }

        @Override
        public void stop() {
            // shared by the module's tests; stopped when the JVM exits
        }
    }

    @Test
    void anotherReplicasRequestsCountAgainstTheSameQuota() {
        for (int remaining = 2; remaining >= 1; remaining--) {
            given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                    .post("/graphql").then().statusCode(200)
                    .header("RateLimit-Policy", "\"partner\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"partner\";r=" + remaining + ";t=\\d+"));
        }
        PGSimpleDataSource otherReplica = new PGSimpleDataSource();
        otherReplica.setUrl(TestInfrastructure.postgres().jdbcUrl(DATABASE));
        otherReplica.setUser(LocalPostgres.USER);
        new SharedQuotaStore(otherReplica).acquire("partner:acme", 3);
        given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }
}
