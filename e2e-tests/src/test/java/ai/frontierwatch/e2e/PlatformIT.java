package ai.frontierwatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.localstack.LocalStack;
import ai.frontierwatch.localstack.ServiceSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four services on real PostgreSQL and Kafka: a write in one service reaches another through Kafka. */
class PlatformIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = SystemUnderTest.get();
    }

    @Test
    void vendorCreatedInModelsServiceReachesInsightsServiceThroughKafka() throws Exception {
        HttpResponse<String> created = post(stack.url(ServiceSpec.MODELS) + "/api/v1/vendors",
                "{\"slug\":\"e2e-lab\",\"name\":\"E2E Lab\",\"aliases\":[\"端到端实验室\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();

        JsonNode projected = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(stack.url(ServiceSpec.INSIGHTS) + "/api/v1/catalog/entities/" + id),
                        node -> node != null);
        assertThat(projected.get("kind").asText()).isEqualTo("VENDOR");
        assertThat(projected.get("name").asText()).isEqualTo("E2E Lab");
        assertThat(projected.at("/state/aliases/0").asText()).isEqualTo("端到端实验室");
    }

    @Test
    void gatewayAnswersGraphQL() throws Exception {
        HttpResponse<String> response = post(stack.url(ServiceSpec.GATEWAY) + "/graphql", "{\"query\":\"{__typename}\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/data/__typename").asText()).isEqualTo("Query");
    }

    @Test
    void everyServiceIsReadyAndExposesMetricsAndApiDocs() throws Exception {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            String base = stack.url(spec);
            assertThat(status(base + "/q/health/ready")).as("%s ready", spec.name()).isEqualTo(200);
            assertThat(status(base + "/q/metrics")).as("%s metrics", spec.name()).isEqualTo(200);
            if (spec != ServiceSpec.GATEWAY) {
                assertThat(status(base + "/q/openapi")).as("%s openapi", spec.name()).isEqualTo(200);
                assertThat(status(base + "/q/swagger-ui/")).as("%s swagger ui", spec.name()).isEqualTo(200);
            }
        }
        assertThat(status(stack.url(ServiceSpec.GATEWAY) + "/q/graphql-ui/")).isEqualTo(200);
    }

    static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
