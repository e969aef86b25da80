package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test profile whose downstream services are {@link FakeDownstream}, and the calls a test drives the fake with
 * (over HTTP: the profile and the test are loaded by different class loaders). Test classes that share it share one
 * application start.
 */
public class FakeServices implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = FakeDownstream.get().url();
        // The clients' time bound is raised above the fake's gate, so a sequential caller fails the assertion on max
        // in-flight requests rather than timing out.
        return Map.of("quarkus.rest-client.models.url", url, "quarkus.rest-client.insights.url", url,
                "quarkus.rest-client.articles.url", url,
                "ai.frontierwatch.gateway.client.ModelsClient/Timeout/value", "15",
                "ai.frontierwatch.gateway.client.InsightsClient/Timeout/value", "15");
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.models.url", String.class);
    }

    /** Forgets the requests seen and the answers set; nothing gated, nothing failing. */
    public static void reset() {
        given().post(url() + "/_fake/reset?gated=&failing=").then().statusCode(204);
    }

    /** Until the next reset, {@code method path} is answered with {@code status} and {@code body}. */
    public static void answer(String method, String path, int status, String body) {
        given().contentType("application/json; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8)).post(url() + "/_fake/answer?method=" + method + "&path=" + path + "&status=" + status)
                .then().statusCode(204);
    }

    /** The requests seen since the last reset: method, path, query (raw), body. */
    public static List<Map<String, String>> seen() {
        return given().get(url() + "/_fake/stats").then().statusCode(200).extract().jsonPath().getList("seen");
    }

    /** The requests seen to one path. */
    public static List<Map<String, String>> seen(String method, String path) {
        return seen().stream().filter(s -> method.equals(s.get("method")) && path.equals(s.get("path"))).toList();
    }
}
