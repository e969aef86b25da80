package ai.frontierwatch.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.gateway.live.LiveSubscriptionsTest.Client;
import ai.frontierwatch.gateway.quota.SharedQuotaProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operations over a WebSocket count in the shared store too, with what other replicas counted for the same key. */
@QuarkusTest
@TestProfile(SharedQuotaProfile.class)
class SharedWebSocketQuotaTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @BeforeEach
    void wholeQuotas() throws SQLException {
        SharedQuotaProfile.emptyBuckets();
    }

    @Test
    void operationsOverAWebSocketShareThePartnersQuotaWithOtherReplicas() {
        // acme may send 3 requests a minute: the handshake is one, another replica counts one more
        Client client = Client.open(endpoint, Map.of("X-API-Key", "acme-test-key"));
        try {
            SharedQuotaProfile.otherReplica().acquire("partner:acme", 3);
            client.execute("1", "{ apiVersion }");
            await().atMost(Duration.ofSeconds(30)).until(() -> !client.data("1").isEmpty());
            client.execute("2", "{ apiVersion }");
            await().atMost(Duration.ofSeconds(30)).until(() -> client.anyError("2") != null);
            assertThat(client.anyError("2").path("extensions").path("code").asText()).isEqualTo("RATE_LIMITED");
        } finally {
            client.close();
        }
    }
}
