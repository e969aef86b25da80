package ai.frontierwatch.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.gateway.live.LiveSubscriptionsTest.Client;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One quota per caller whatever the transport: every operation sent over a WebSocket counts against the quota its
 * HTTP requests use (the handshake counts one), and editors have a quota of their own, not their address's anonymous
 * one. Anonymous callers have 3 requests a minute here, editors 6. Each test calls from a loopback address of its own.
 */
@QuarkusTest
@TestProfile(WebSocketQuotaTest.SmallQuotas.class)
class WebSocketQuotaTest {

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.fw.gateway.anonymous-requests-per-minute", "3",
                    "fw.gateway.editor-requests-per-minute", "6");
        }
    }

    private static final String QUERY = "{\"query\":\"{ apiVersion }\"}";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private final List<Client> clients = new ArrayList<>();

    /** Windows are whole minutes: each test starts early enough in one to finish within it. */
    @BeforeEach
    void earlyInAMinute() {
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().getEpochSecond() % 60 < 40);
    }

    @AfterEach
    void close() {
        clients.forEach(Client::close);
    }

    @Test
    void queriesOverAnAnonymousWebSocketCountAgainstTheAddressQuota() throws Exception {
        Client client = Client.open(http("127.0.0.11"), ipv4(), Map.of(), Client.GRAPHQL_TRANSPORT_WS);
        clients.add(client);
        // the handshake was the first request of the minute; two operations fit, the third does not
        client.execute("1", "{ apiVersion }");
        await().atMost(Duration.ofSeconds(30)).until(() -> !client.data("1").isEmpty());
        assertThat(client.data("1").get(0).path("apiVersion").asText()).isEqualTo("1.0");
        client.execute("2", "{ apiVersion }");
        await().atMost(Duration.ofSeconds(30)).until(() -> !client.data("2").isEmpty());
        client.execute("3", "{ apiVersion }");
        await().atMost(Duration.ofSeconds(30)).until(() -> client.anyError("3") != null);
        JsonNode refused = client.anyError("3");
        assertThat(refused.path("extensions").path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(refused.path("extensions").path("retryAfter").asLong()).isBetween(1L, 60L);
        assertThat(refused.path("message").asText()).isEqualTo("Quota of 3 requests per minute used up");
        // a subscription is an operation too, and the same address over HTTP has nothing left either
        client.subscribe("4", "subscription { articlePublished { id } }");
        await().atMost(Duration.ofSeconds(30)).until(() -> client.anyError("4") != null);
        assertThat(client.anyError("4").path("extensions").path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(post(http("127.0.0.11"), Map.of()).statusCode()).isEqualTo(429);
    }

    @Test
    void anEditorHasItsOwnQuotaNotItsAddressAnonymousOne() throws Exception {
        HttpClient http = http("127.0.0.12");
        Map<String, String> editor = Map.of("Authorization", "Bearer "
                + Files.readString(Path.of("docs/dev-editor.jwt")).strip());
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = post(http, editor);
            assertThat(response.statusCode()).as("editor request %d: %s", i + 1, response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"editor\";q=6;w=60");
        }
        HttpResponse<String> over = post(http, editor);
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.body()).contains("RATE_LIMITED", "Quota of 6 requests per minute used up");
        // the address's anonymous quota is untouched by the editor's requests
        HttpResponse<String> anonymous = post(http, Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("RateLimit-Policy")).hasValue("\"anonymous\";q=3;w=60");
        assertThat(anonymous.headers().firstValue("RateLimit")).hasValueSatisfying(v -> assertThat(v).startsWith("\"anonymous\";r=2;t="));
    }

    private HttpResponse<String> post(HttpClient http, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(ipv4()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI ipv4() {
        return URI.create(endpoint.toString().replace("//localhost:", "//127.0.0.1:"));
    }

    private static HttpClient http(String localAddress) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress)).build();
    }
}
