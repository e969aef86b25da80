package ai.frontierwatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.localstack.LocalStack;
import ai.frontierwatch.localstack.ServiceSpec;
import ai.frontierwatch.localstack.TopicReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** One request can be followed across services: its trace id travels with the event it caused. */
class TracePropagationIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theTraceOfAWriteTravelsWithItsEventOnKafka() throws Exception {
        LocalStack stack = SystemUnderTest.get();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.url(ServiceSpec.MODELS) + "/api/v1/vendors"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"trace-lab\",\"name\":\"Trace Lab\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = new ObjectMapper().readTree(created.body()).get("id").asText();

        try (TopicReader reader = new TopicReader(stack.kafkaBootstrap(), "fw.catalog.v1")) {
            ConsumerRecord<String, String> event = await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.poll().stream().filter(r -> r.key().equals("vendor:" + id)).findFirst()
                            .orElse(null), r -> r != null);
            Header traceparent = event.headers().lastHeader("traceparent");
            assertThat(traceparent).isNotNull();
            assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).startsWith("00-" + TRACE_ID + "-");
        }
    }
}
