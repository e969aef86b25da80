package ai.frontierwatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.localstack.ServiceSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One caller's bad input hurts no other: refused at the gateway, and the breakers stay closed for everyone. */
class HostileInputIT {

    @Test
    void aFloodOfNulSlugsIsRefusedAndARealModelStillAnswers() throws Exception {
        String gateway = SystemUnderTest.get().url(ServiceSpec.GATEWAY);
        double callsBefore = GraphQL.downstreamCalls(gateway, "models-service");
        for (int i = 0; i < 30; i++) {
            JsonNode response = GraphQL.execute(gateway, "{ model(slug: \"x\\u0000y\") { name } }", Map.of());
            assertThat(response.at("/data/model").isNull()).isTrue();
            assertThat(response.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_USER_INPUT");
            assertThat(response.at("/errors/0/extensions/argument").asText()).isEqualTo("slug");
        }
        assertThat(GraphQL.downstreamCalls(gateway, "models-service")).isEqualTo(callsBefore);
        JsonNode data = GraphQL.data(GraphQL.execute(gateway, "{ model(slug: \"gpt-5-2\") { slug vendor { name } } }",
                Map.of()));
        assertThat(data.at("/model/slug").asText()).isEqualTo("gpt-5-2");
        assertThat(data.at("/model/vendor/name").asText()).isEqualTo("OpenAI");
    }
}
