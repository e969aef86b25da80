package ai.frontierwatch.gateway.mutations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writes answer what happened. articles-service here takes 3.5 s to store a document (longer than a read may take, 3 s):
 * the mutation waits and reports the stored article, never UNAVAILABLE. A service that does not answer at all leaves
 * the outcome unknown: OUTCOME_UNKNOWN, with what to do, after the ingest bound (6 s here) or, for a write whose own
 * bound is longer, after the whole operation's bound (10 s here). A service that cannot be reached is UNAVAILABLE: then
 * nothing was sent.
 */
@QuarkusTest
@TestProfile(WriteOutcomeTest.SlowServices.class)
class WriteOutcomeTest {

    public static class SlowServices implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = SlowService.url();
            return Map.of("quarkus.rest-client.articles.url", url, "quarkus.rest-client.models.url", url,
                    "fw.graphql.operation-timeout", "10s", "%test.fw.graphql.operation-timeout", "10s",
                    "ai.frontierwatch.gateway.client.ArticlesClient/ingest/Timeout/value", "6",
                    "ai.frontierwatch.gateway.client.ModelsClient/Timeout/value", "30");
        }
    }

    private static final String INGEST = "mutation($d: String!, $o: String) { ingestArticle(document: $d, origin: $o) "
            + "{ id title status } }";

    @Test
    void aSlowIngestIsWaitedForAndReportsTheStoredArticle() throws Exception {
        editor(INGEST, "{\"d\": \"# Slow\\n\\nA long document.\", \"o\": \"slow\"}")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.ingestArticle[0].id", equalTo("a-slow"))
                .body("data.ingestArticle[0].status", equalTo("CREATED"));
    }

    @Test
    void anIngestNotConfirmedInTimeIsOutcomeUnknownWithWhatToDo() throws Exception {
        editor(INGEST, "{\"d\": \"# Hang\\n\\nNo answer.\", \"o\": \"hang\"}")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("OUTCOME_UNKNOWN"))
                .body("errors[0].path[0]", equalTo("ingestArticle"))
                .body("errors[0].message", equalTo("articles-service did not confirm the write in time; it may have "
                        + "been made: send the same document again; one already stored comes back UNCHANGED with its id"));
    }

    @Test
    void aMutationPastTheOperationBoundIsOutcomeUnknownNotTimeout() throws Exception {
        editor("mutation { addModelAliases(model: \"m1\", aliases: [\"M One\"]) { id } }", "{}")
                .then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("OUTCOME_UNKNOWN"))
                .body("errors[0].message", equalTo("The mutation did not complete within 10000 ms; its writes may have "
                        + "been made: read them back before repeating it (ingestArticle answers UNCHANGED for a "
                        + "document already stored)"));
    }

    private static io.restassured.response.Response editor(String query, String variables) throws Exception {
        String token = Files.readString(Path.of("docs/dev-editor.jwt"), StandardCharsets.UTF_8).strip();
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": " + variables + "}")
                .post("/graphql");
    }

    /**
     * articles-service and models-service on one port: an ingest with origin "slow" is stored after 3.5 s; every other
     * write is never answered (within the test). Open for the lifetime of the test JVM.
     */
    static final class SlowService {

        private static HttpServer server;
        private static final CountDownLatch NEVER = new CountDownLatch(1);

        static synchronized String url() {
            if (server == null) {
                try {
                    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                server.setExecutor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "slow-service");
                    t.setDaemon(true);
                    return t;
                }));
                server.createContext("/", SlowService::handle);
                server.start();
            }
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private static void handle(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getRawQuery();
            try {
                if (query != null && query.contains("origin=slow")) {
                    NEVER.await(3500, TimeUnit.MILLISECONDS);
                    byte[] body = "{\"articles\":[{\"id\":\"a-slow\",\"title\":\"Slow\",\"status\":\"CREATED\"}],\"warnings\":[]}"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(201, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                    return;
                }
                NEVER.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        }
    }
}
