package ai.frontierwatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Sends GraphQL operations to the gateway as any HTTP client would. */
final class GraphQL {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GraphQL() {
    }

    /** A page query kept in gateway/docs/pages, as frontend teams copy it. */
    static String page(String name) throws IOException {
        Path repo = Path.of(System.getProperty("fw.repo.dir", "..")).toAbsolutePath().normalize();
        return Files.readString(repo.resolve("gateway/docs/pages/" + name + ".graphql"));
    }

    static JsonNode execute(String gatewayUrl, String query, Map<String, Object> variables) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The data of a response that must have no errors. */
    static JsonNode data(JsonNode response) {
        if (response.has("errors")) {
            throw new AssertionError("GraphQL errors: " + response.get("errors"));
        }
        return response.get("data");
    }

    /** Current value of the gateway's downstream request counter for one service. */
    static double downstreamCalls(String gatewayUrl, String service) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("fw_gateway_downstream_requests_total") && line.contains("service=\"" + service + "\"")) {
                // "name{labels} value" possibly followed by " # {exemplar} ..."
                String afterLabels = line.substring(line.indexOf('}') + 1).trim();
                total += Double.parseDouble(afterLabels.split("\\s+")[0]);
            }
        }
        return total;
    }
}
