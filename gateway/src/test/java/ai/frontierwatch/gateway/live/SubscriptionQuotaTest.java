package ai.frontierwatch.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.gateway.live.LiveSubscriptionsTest.Client;
import ai.frontierwatch.gateway.security.ApiKeyRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cap on subscriptions held at once per caller, through real WebSocket clients and the real broker: 3 for the
 * partner key "live", 2 per address for anonymous callers. Each test subscribes from a loopback address of its own
 * (127.0.0.x), so tests do not share an anonymous caller.
 */
@QuarkusTest
@TestProfile(SubscriptionQuotaTest.SmallCaps.class)
class SubscriptionQuotaTest {

    private static final String KEY = "live-test-key";
    private static final String SUBSCRIPTION = "subscription { stateOfTheArtChanged { value } }";

    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // "%test." as in application.properties: a profile-specific value wins over a plain one
            return Map.of("%test.fw.gateway.live.max-subscriptions-per-address", "2",
                    "fw.gateway.api-keys.live.sha256", ApiKeyRegistry.sha256(KEY),
                    "fw.gateway.api-keys.live.max-subscriptions", "3");
        }
    }

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    SubscriptionQuota quota;

    private SampleEvents events;
    private final List<Client> clients = new ArrayList<>();

    @BeforeEach
    void connect() {
        events = new SampleEvents();
    }

    @AfterEach
    void close() {
        clients.forEach(Client::close);
        events.close();
    }

    @Test
    void aPartnerHoldsAtMostItsCapOverAllItsConnectionsAndAStoppedSubscriptionMakesRoom() {
        Client first = open("127.0.0.2", Map.of("X-API-Key", KEY));
        Client second = open("127.0.0.2", Map.of("X-API-Key", KEY));
        first.subscribe("a", SUBSCRIPTION);
        first.subscribe("b", SUBSCRIPTION);
        // Connections are served independently: the first one's subscriptions are held before the second asks.
        await().atMost(Duration.ofSeconds(30)).until(() -> quota.held("key:live") == 2);
        second.subscribe("c", SUBSCRIPTION);
        second.subscribe("d", SUBSCRIPTION);

        JsonNode refused = second.awaitError("d");
        assertThat(refused.path("extensions").path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(refused.path("extensions").path("limit").asInt()).isEqualTo(3);
        assertThat(refused.path("message").asText()).contains("per API key");
        // The key is counted apart from the anonymous callers of its address: one of those still gets a place.
        Client anonymous = open("127.0.0.2", Map.of());
        anonymous.subscribe("x", SUBSCRIPTION);
        received(anonymous, "x");
        received(first, "a");
        received(second, "c");

        // A stop and a subscription on one connection are handled in order: the place is free by then.
        first.stop("a");
        first.subscribe("e", SUBSCRIPTION);
        received(first, "e");
        assertThat(first.error("e")).isNull();
        assertThat(quota.held("key:live")).isEqualTo(3);
    }

    @Test
    void anonymousCallersAreCountedPerAddressAndAClosedConnectionGivesItsPlacesBack() {
        Client first = open("127.0.0.3", Map.of());
        Client second = open("127.0.0.3", Map.of());
        first.subscribe("a", SUBSCRIPTION);
        // A refused filter takes no place. Its answer also means "a" is held (one connection is served in order).
        first.subscribe("bad", "subscription { stateOfTheArtChanged(benchmark: \"\") { value } }");
        assertThat(first.awaitError("bad").path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
        second.subscribe("b", SUBSCRIPTION);
        second.subscribe("c", SUBSCRIPTION);

        JsonNode refused = second.awaitError("c");
        assertThat(refused.path("extensions").path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(refused.path("extensions").path("limit").asInt()).isEqualTo(2);
        assertThat(refused.path("message").asText()).contains("per client address");
        // Another address has places of its own, even when it claims to be the capped caller.
        Client elsewhere = open("127.0.0.4", Map.of(SubscriptionQuota.CALLER_HEADER, "address:127.0.0.3"));
        elsewhere.subscribe("y", SUBSCRIPTION);
        received(elsewhere, "y");
        assertThat(quota.held("address:127.0.0.4")).isEqualTo(1);

        first.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> quota.held("address:127.0.0.3") == 1);
        second.subscribe("d", SUBSCRIPTION);
        received(second, "d");
        assertThat(second.error("d")).isNull();
        received(second, "b");
        assertThat(second.data("c")).isEmpty();
    }

    /** A client connected from {@code localAddress} (any 127.0.0.x is this machine) to the same server. */
    private Client open(String localAddress, Map<String, String> headers) {
        try {
            HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress)).build();
            URI ipv4 = URI.create(endpoint.toString().replace("//localhost:", "//127.0.0.1:"));
            Client client = Client.open(http, ipv4, headers, Client.GRAPHQL_TRANSPORT_WS);
            clients.add(client);
            return client;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes until the subscription got an event: it is live. */
    private void received(Client client, String subscription) {
        if (client.data(subscription).isEmpty()) {
            events.publishUntilReceived(client, EventType.STATE_OF_THE_ART_CHANGED, UnaryOperator.identity(),
                    subscription);
        }
    }
}
