package ai.frontierwatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.localstack.ServiceSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An editor accepts a claim found in an article: the value is recorded in models-service with the article as
 * its source, and the leaderboard derived from the catalogue events changes accordingly.
 */
class ClaimReviewIT {

    @Test
    void acceptingANewClaimPutsItOnTheLeaderboard() throws Exception {
        String gateway = SystemUnderTest.get().url(ServiceSpec.GATEWAY);
        String claimQuery = """
                query { searchArticles(query: "通義千問", first: 5) { edges { node { id title
                  claims { id value status model { slug } benchmark { slug } review { state } } } } } }""";
        JsonNode claim = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode data = GraphQL.data(GraphQL.execute(gateway, claimQuery, Map.of()));
            for (JsonNode edge : data.at("/searchArticles/edges")) {
                for (JsonNode c : edge.at("/node/claims")) {
                    if (c.at("/model/slug").asText().equals("qwen3-max")
                            && c.at("/benchmark/slug").asText().equals("swe-bench-verified")) {
                        return c;
                    }
                }
            }
            return null;
        }, c -> c != null);
        assertThat(claim.get("value").asDouble()).isEqualTo(69.6);
        assertThat(claim.get("status").asText()).isEqualTo("NEW");

        JsonNode accepted = editor(gateway, "mutation($id: ID!) { acceptClaim(id: $id, note: \"checked\") { review { state resultId } } }",
                claim.get("id").asText());
        assertThat(accepted.at("/data/acceptClaim/review/state").asText()).as(accepted.toString()).isEqualTo("ACCEPTED");

        String board = GraphQL.page("benchmark-page");
        JsonNode entry = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode data = GraphQL.data(GraphQL.execute(gateway, board, Map.of("slug", "swe-bench-verified")));
            for (JsonNode e : data.at("/benchmark/leaderboard/entries")) {
                if (e.at("/model/slug").asText().equals("qwen3-max")) {
                    return e;
                }
            }
            return null;
        }, e -> e != null);
        assertThat(entry.get("value").asDouble()).isEqualTo(69.6);
        assertThat(entry.at("/sources/0/reportedBy").asText()).isEqualTo("THIRD_PARTY");
    }

    private static JsonNode editor(String gateway, String mutation, String id) throws Exception {
        Path repo = Path.of(System.getProperty("fw.repo.dir", "..")).toAbsolutePath().normalize();
        String token = Files.readString(repo.resolve("gateway/docs/dev-editor.jwt")).strip();
        ObjectNode body = GraphQL.JSON.createObjectNode().put("query", mutation);
        body.putObject("variables").put("id", id);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return GraphQL.JSON.readTree(response.body());
    }
}
