package ai.frontierwatch.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions through a real WebSocket client (graphql-transport-ws, and the legacy graphql-ws) against the running
 * gateway, fed by the contract samples published on the real broker. Records go to partition 0 of their topic, so
 * the feed sees them in the order sent: once a later record arrives at a subscriber, an earlier one it did not get
 * was filtered out.
 */
@QuarkusTest
class LiveSubscriptionsTest {

    private static final String GPQA = "7d1c6f2e-0000-4000-8000-00000000000a";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private SampleEvents events;
    private Client client;

    @BeforeEach
    void connect() {
        events = new SampleEvents();
        client = Client.open(endpoint, Map.of());
    }

    @AfterEach
    void close() {
        client.close();
        events.close();
    }

    @Test
    void stateOfTheArtChangesArriveWithTheirValuesAndTheBenchmarkFilterExcludesOthers() {
        client.subscribe("swe", """
                subscription { stateOfTheArtChanged(benchmark: "swe-bench-verified") {
                  benchmarkId benchmarkSlug conditions unit higherIsBetter modelId modelSlug modelName value resultId
                  previousModelId previousModelSlug previousValue asOf } }""");
        client.subscribe("gpqa", "subscription { stateOfTheArtChanged(benchmark: \"" + GPQA + "\") { benchmarkSlug value } }");

        JsonNode change = publishUntilReceived(EventType.STATE_OF_THE_ART_CHANGED, UnaryOperator.identity(), "swe")
                .path("stateOfTheArtChanged");
        assertThat(change.path("benchmarkId").asText()).isEqualTo("7d1c6f2e-0000-4000-8000-000000000003");
        assertThat(change.path("benchmarkSlug").asText()).isEqualTo("swe-bench-verified");
        assertThat(change.path("conditions").size()).isZero();
        assertThat(change.path("unit").asText()).isEqualTo("PERCENT");
        assertThat(change.path("higherIsBetter").asBoolean()).isTrue();
        assertThat(change.path("modelSlug").asText()).isEqualTo("qwen");
        assertThat(change.path("modelName").asText()).isEqualTo("Qwen");
        assertThat(change.path("value").asDouble()).isEqualTo(80.0);
        assertThat(change.path("resultId").asText()).isEqualTo("7d1c6f2e-0000-4000-8000-000000000004");
        assertThat(change.path("previousModelSlug").asText()).isEqualTo("gpt-5-1");
        assertThat(change.path("previousValue").asDouble()).isEqualTo(76.3);
        assertThat(change.path("asOf").asText()).isEqualTo("2025-12-11");

        UnaryOperator<ObjectNode> gpqa = p -> p.put("benchmarkId", GPQA).put("benchmarkSlug", "gpqa-diamond").put("value", 87.7);
        publishUntilReceived(EventType.STATE_OF_THE_ART_CHANGED, gpqa, "gpqa");
        // The other benchmark's change, then one more on the filtered one, in that order.
        send(EventType.STATE_OF_THE_ART_CHANGED, UnaryOperator.identity());
        send(EventType.STATE_OF_THE_ART_CHANGED, p -> gpqa.apply(p).put("value", 88.1));
        await().atMost(Duration.ofSeconds(30)).until(() -> client.values("gpqa", "stateOfTheArtChanged", "value").contains(88.1));
        assertThat(client.values("gpqa", "stateOfTheArtChanged", "benchmarkSlug")).containsOnly("gpqa-diamond");
    }

    @Test
    void publishedArticlesAndConflictingClaimsArriveFilteredByLanguageModelAndBenchmark() {
        client.subscribe("zh", "subscription { articlePublished(language: ZH_HANS) { id title url source publishedAt language tags } }");
        client.subscribe("qwen", """
                subscription { claimConflictDetected(model: "qwen") { claimId articleId modelSlug modelName benchmarkSlug
                  claimedValue conditions recorded { resultId value } quote } }""");
        client.subscribe("gpqa", "subscription { claimConflictDetected(benchmark: \"gpqa-diamond\") { claimId benchmarkSlug } }");

        JsonNode article = publishUntilReceived(EventType.ARTICLE_PUBLISHED, UnaryOperator.identity(), "zh").path("articlePublished");
        assertThat(article.path("id").asText()).isEqualTo("7d1c6f2e-0000-4000-8000-000000000005");
        assertThat(article.path("title").asText()).isEqualTo("千问新版本发布");
        assertThat(article.path("source").asText()).isEqualTo("Example News");
        assertThat(article.path("language").asText()).isEqualTo("ZH_HANS");
        assertThat(article.path("tags").get(0).asText()).isEqualTo("Qwen");
        // An English article, then another Chinese one: only the Chinese one arrives.
        send(EventType.ARTICLE_PUBLISHED, p -> p.put("id", "a-en").put("language", "en"));
        send(EventType.ARTICLE_PUBLISHED, p -> p.put("id", "a-zh-2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> client.values("zh", "articlePublished", "id").contains("a-zh-2"));
        assertThat(client.values("zh", "articlePublished", "id")).doesNotContain("a-en");

        JsonNode conflict = publishUntilReceived(EventType.CLAIM_CONFLICT_DETECTED, UnaryOperator.identity(), "qwen")
                .path("claimConflictDetected");
        assertThat(conflict.path("claimId").asText()).isEqualTo("3f0c2b8e-5a4d-3c1b-9e7f-000000000007");
        assertThat(conflict.path("articleId").asText()).isEqualTo("7d1c6f2e-0000-4000-8000-000000000005");
        assertThat(conflict.path("modelName").asText()).isEqualTo("通义千问");
        assertThat(conflict.path("claimedValue").asDouble()).isEqualTo(70.4);
        assertThat(conflict.path("recorded").get(0).path("value").asDouble()).isEqualTo(80.0);
        assertThat(conflict.path("quote").asText()).contains("70.4%");
        publishUntilReceived(EventType.CLAIM_CONFLICT_DETECTED,
                p -> p.put("claimId", "c-gpqa-1").put("benchmarkSlug", "gpqa-diamond").put("modelSlug", "glm-4-6"), "gpqa");
        assertThat(client.values("gpqa", "claimConflictDetected", "benchmarkSlug")).containsOnly("gpqa-diamond");
        assertThat(client.values("qwen", "claimConflictDetected", "claimId")).doesNotContain("c-gpqa-1");
    }

    @Test
    void aBlankOrOverlongFilterIsRefusedWithBadUserInputNamingTheArgumentAndTheConnectionStillServes() {
        client.subscribe("blank", "subscription { stateOfTheArtChanged(benchmark: \" \") { value } }");
        client.subscribe("long", "subscription { claimConflictDetected(model: \"" + "m".repeat(201) + "\") { claimId } }");

        JsonNode blank = client.awaitError("blank");
        assertThat(blank.path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(blank.path("extensions").path("argument").asText()).isEqualTo("benchmark");
        assertThat(blank.path("message").asText()).startsWith("benchmark: ");
        assertThat(blank.path("path").get(0).asText()).isEqualTo("stateOfTheArtChanged");
        assertThat(blank.path("extensions").path("classification").asText()).isEqualTo("DataFetchingException");
        JsonNode overlong = client.awaitError("long");
        assertThat(overlong.path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(overlong.path("extensions").path("argument").asText()).isEqualTo("model");

        // 200 characters is still a filter; it matches nothing here, and the valid subscription next to it delivers.
        client.subscribe("longest", "subscription { claimConflictDetected(model: \"" + "m".repeat(200) + "\") { claimId } }");
        client.subscribe("swe", "subscription { stateOfTheArtChanged(benchmark: \"swe-bench-verified\") { value } }");
        publishUntilReceived(EventType.STATE_OF_THE_ART_CHANGED, UnaryOperator.identity(), "swe");
        assertThat(client.text("longest")).doesNotContain("\"error\"");
        assertThat(client.data("blank")).isEmpty();
    }

    @Test
    void theLegacyProtocolGetsTheSameErrorAndStillDelivers() {
        Client legacy = Client.open(endpoint, Map.of(), Client.GRAPHQL_WS);
        try {
            legacy.subscribe("bad", "subscription { claimConflictDetected(benchmark: \"\") { claimId } }");
            JsonNode error = legacy.awaitError("bad");
            assertThat(error.path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
            assertThat(error.path("extensions").path("argument").asText()).isEqualTo("benchmark");

            legacy.subscribe("zh", "subscription { articlePublished(language: ZH_HANS) { id } }");
            events.publishUntilReceived(legacy, EventType.ARTICLE_PUBLISHED, UnaryOperator.identity(), "zh");
            assertThat(legacy.data("zh").get(0).path("articlePublished").path("id").asText())
                    .isEqualTo("7d1c6f2e-0000-4000-8000-000000000005");
        } finally {
            legacy.close();
        }
    }

    @Test
    void anUnknownApiKeyCannotSubscribe() {
        assertThatThrownBy(() -> Client.open(endpoint, Map.of("X-API-Key", "not-a-key")))
                .hasRootCauseMessage("Unexpected HTTP response status code 401");
    }

    private JsonNode publishUntilReceived(EventType type, UnaryOperator<ObjectNode> change, String subscription) {
        return events.publishUntilReceived(client, type, change, subscription);
    }

    private void send(EventType type, UnaryOperator<ObjectNode> change) {
        events.send(type, change);
    }

    /**
     * A GraphQL-over-WebSocket client, graphql-transport-ws or the legacy graphql-ws, that keeps every message per
     * subscription id.
     */
    static final class Client implements WebSocket.Listener {

        static final String GRAPHQL_TRANSPORT_WS = "graphql-transport-ws";
        static final String GRAPHQL_WS = "graphql-ws";

        private final Map<String, List<JsonNode>> messages = new ConcurrentHashMap<>();
        private final Map<String, List<Long>> receivedNanos = new ConcurrentHashMap<>();
        private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private final String protocol;
        private WebSocket socket;

        private Client(String protocol) {
            this.protocol = protocol;
        }

        static Client open(URI endpoint, Map<String, String> headers) {
            return open(endpoint, headers, GRAPHQL_TRANSPORT_WS);
        }

        static Client open(URI endpoint, Map<String, String> headers, String protocol) {
            return open(HttpClient.newHttpClient(), endpoint, headers, protocol);
        }

        /** Over {@code http}, e.g. one bound to another local address. */
        static Client open(HttpClient http, URI endpoint, Map<String, String> headers, String protocol) {
            Client client = new Client(protocol);
            WebSocket.Builder builder = http.newWebSocketBuilder().subprotocols(protocol);
            headers.forEach(builder::header);
            URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
            client.socket = builder.buildAsync(ws, client).join();
            client.socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).join();
            client.acknowledged.orTimeout(30, TimeUnit.SECONDS).join();
            return client;
        }

        void subscribe(String id, String query) {
            ObjectNode message = EventCodec.mapper().createObjectNode().put("id", id)
                    .put("type", legacy() ? "start" : "subscribe");
            message.putObject("payload").put("query", query);
            socket.sendText(message.toString(), true).join();
        }

        /** Ends a subscription from the client's side. */
        void stop(String id) {
            ObjectNode message = EventCodec.mapper().createObjectNode().put("id", id)
                    .put("type", legacy() ? "stop" : "complete");
            socket.sendText(message.toString(), true).join();
        }

        /** The data of every "next" message of a subscription ("data" in the legacy protocol), in arrival order. */
        List<JsonNode> data(String id) {
            String type = legacy() ? "data" : "next";
            return messages.getOrDefault(id, List.of()).stream().filter(m -> type.equals(m.path("type").asText()))
                    .map(m -> m.path("payload").path("data")).toList();
        }

        /**
         * The first GraphQL error of the subscription's "error" message, once it arrived: the payload is a list of
         * errors under graphql-transport-ws, one error under graphql-ws.
         */
        JsonNode awaitError(String id) {
            await().atMost(Duration.ofSeconds(30)).until(() -> error(id) != null);
            return error(id);
        }

        JsonNode error(String id) {
            return messages.getOrDefault(id, List.of()).stream().filter(m -> "error".equals(m.path("type").asText()))
                    .map(m -> m.path("payload").isArray() ? m.path("payload").get(0) : m.path("payload"))
                    .findFirst().orElse(null);
        }

        /** The first GraphQL error an operation got, in an "error" message or in the errors of a result. */
        JsonNode anyError(String id) {
            JsonNode error = error(id);
            if (error != null) {
                return error;
            }
            return messages.getOrDefault(id, List.of()).stream()
                    .map(m -> m.path("payload").path("errors").path(0)).filter(e -> !e.isMissingNode())
                    .findFirst().orElse(null);
        }

        /** Sends a query or mutation (any operation) under {@code id}. */
        void execute(String id, String query) {
            subscribe(id, query);
        }

        private boolean legacy() {
            return GRAPHQL_WS.equals(protocol);
        }

        List<Object> values(String id, String field, String property) {
            List<Object> values = new ArrayList<>();
            for (JsonNode d : data(id)) {
                JsonNode v = d.path(field).path(property);
                values.add(v.isNumber() ? (Object) v.asDouble() : v.asText());
            }
            return values;
        }

        /** When each "next" message of a subscription arrived (System.nanoTime), in arrival order. */
        List<Long> receivedNanos(String id) {
            return receivedNanos.getOrDefault(id, List.of());
        }

        String text(String id) {
            return messages.getOrDefault(id, List.of()).toString();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message;
                try {
                    message = EventCodec.mapper().readTree(partial.toString());
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
                partial.setLength(0);
                if ("connection_ack".equals(message.path("type").asText())) {
                    acknowledged.complete(null);
                } else if (message.has("id")) {
                    String id = message.path("id").asText();
                    if ("next".equals(message.path("type").asText()) || "data".equals(message.path("type").asText())) {
                        receivedNanos.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
                    }
                    messages.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
            }
        }
    }
}
