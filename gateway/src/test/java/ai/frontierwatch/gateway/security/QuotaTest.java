package ai.frontierwatch.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partner keys get their own quota, answered with 429 and Retry-After once used up; every answer carries the quota
 * as RateLimit-Policy and RateLimit; a partner may hold several keys at once; anonymous callers are counted by the
 * address a trusted proxy (127.0.0.2 here) reports, and by their own address otherwise.
 */
@QuarkusTest
class QuotaTest {

    private static final String QUERY = "{\"query\":\"{ apiVersion }\"}";
    private static final Pattern REMAINING = Pattern.compile("\"anonymous\";r=(\\d+);t=\\d+");

    @TestHTTPResource("/graphql")
    URI endpoint;

    /** Windows are whole minutes here (no shared store): the test starts early enough in one to finish within it. */
    @BeforeEach
    void earlyInAMinute() {
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().getEpochSecond() % 60 < 40);
    }

    @Test
    void aPartnerKeyHasItsOwnQuotaAndLearnsWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                    .post("/graphql").then().statusCode(200)
                    .header("RateLimit-Policy", "\"partner\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"partner\";r=" + (2 - i) + ";t=([1-9]|[1-5][0-9]|60)"))
                    .body("data.apiVersion", equalTo("1.0"));
        }
        String retryAfter = given().header("X-API-Key", "acme-test-key").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(429)
                .header("RateLimit-Policy", "\"partner\";q=3;w=60")
                .header("RateLimit", matchesPattern("\"partner\";r=0;t=\\d+"))
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].message", equalTo("Quota of 3 requests per minute used up"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        // Anonymous callers are counted separately and are still served.
        given().contentType("application/json").body(QUERY).post("/graphql").then().statusCode(200)
                .header("RateLimit-Policy", "\"anonymous\";q=1000;w=60");
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

    @Test
    void bothActiveKeysOfARotatingPartnerWorkAgainstOneQuotaAndItsRevokedKeyIsRefused() {
        // Other tests may have spent some of this partner's quota: the second key draws on what the first left.
        String first = given().header("X-API-Key", "rotating-key-1").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"partner\";r=\\d+;t=\\d+"))
                .extract().header("RateLimit");
        int left = Integer.parseInt(first.replaceAll(".*;r=(\\d+);.*", "$1"));
        assertThat(left).isBetween(1, 49);
        given().header("X-API-Key", "rotating-key-2").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"partner\";r=" + (left - 1) + ";t=\\d+"));
        given().header("X-API-Key", "rotating-key-0").contentType("application/json").body(QUERY)
                .post("/graphql").then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aForwardedAddressCountsOnlyWhenATrustedProxySendsIt() throws Exception {
        HttpClient proxy = from("127.0.0.2");
        HttpClient stranger = from("127.0.0.3");
        Map<String, String> forwarded = Map.of("X-Forwarded-For", "198.51.100.7");
        // the trusted proxy's client 198.51.100.7 gets a bucket of its own
        int first = remaining(proxy, forwarded);
        assertThat(remaining(proxy, forwarded)).isEqualTo(first - 1);
        // a peer that is no trusted proxy is counted by its own address whatever it forwards
        int strangerFirst = remaining(stranger, forwarded);
        assertThat(remaining(stranger, Map.of())).isEqualTo(strangerFirst - 1);
        assertThat(remaining(proxy, forwarded)).as("198.51.100.7 untouched by the stranger").isEqualTo(first - 2);
        // the proxy itself, forwarding nothing, is a third caller
        assertThat(remaining(proxy, Map.of())).isEqualTo(999);
    }

    private int remaining(HttpClient client, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.toString()
                .replace("//localhost:", "//127.0.0.1:"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY));
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = REMAINING.matcher(response.headers().firstValue("RateLimit").orElse(""));
        assertThat(m.matches()).as(response.headers().toString()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static HttpClient from(String localAddress) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress)).build();
    }
}
