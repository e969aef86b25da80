package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The batched fields of one query level ask their services at the same time, each on its own worker thread that
 * still sees the request: the caller's identity, the trace (logs and the {@code traceparent} sent downstream), and
 * the per-service request counter. A failing sibling is a typed error beside the others' answers.
 */
@QuarkusTest
@TestProfile(FakeServices.class)
class SiblingFieldsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String QUERY = "{\"query\":\"{ model(slug: \\\"m1\\\") { name vendor { name } results { value } "
            + "ranks { rank } } }\"}";
    private static final Set<String> SIBLINGS = Set.of("/api/v1/vendors", "/api/v1/results", "/api/v1/ranks");

    @Test
    void siblingBatchedFieldsAskTheirServicesAtTheSameTime() throws Exception {
        resetDownstream(SIBLINGS, Set.of());
        DownstreamProbe.clear();
        double modelsBefore = downstreamCalls("models-service");
        double insightsBefore = downstreamCalls("insights-service");

        given().auth().oauth2(readerToken()).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .contentType("application/json").body(QUERY)
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.model.name", equalTo("Model One"))
                .body("data.model.vendor.name", equalTo("Acme"))
                .body("data.model.results.value", contains(71.5f))
                .body("data.model.ranks.rank", contains(2));

        JsonPath stats = given().get(downstreamUrl() + "/_fake/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("maxInFlight")).as("the three sibling fields' requests were in flight together")
                .isEqualTo(3);
        List<Map<String, String>> seen = stats.getList("seen");
        assertThat(seen).extracting(s -> s.get("path")).containsExactlyInAnyOrder(
                "/api/v1/models/m1", "/api/v1/vendors", "/api/v1/results", "/api/v1/ranks");
        assertThat(seen).allSatisfy(
                s -> assertThat(s.get("traceparent")).as(s.get("path")).startsWith("00-" + TRACE_ID + "-"));
        assertThat(downstreamCalls("models-service") - modelsBefore).isEqualTo(3.0);
        assertThat(downstreamCalls("insights-service") - insightsBefore).isEqualTo(1.0);

        List<DownstreamProbe.Observation> siblings = DownstreamProbe.observed().stream()
                .filter(o -> SIBLINGS.contains(o.path())).toList();
        assertThat(siblings).hasSize(3).allSatisfy(o -> {
            assertThat(o.thread()).as(o.path()).doesNotStartWith("vert.x-eventloop");
            assertThat(o.requestContextActive()).as(o.path()).isTrue();
            assertThat(o.principal()).as(o.path()).isEqualTo("dev-reader");
            assertThat(o.traceId()).as(o.path()).isEqualTo(TRACE_ID);
        });
        assertThat(siblings.stream().map(DownstreamProbe.Observation::thread).distinct()).hasSize(3);
    }

    @Test
    void aFailingSiblingIsATypedErrorBesideTheOthersAnswers() {
        resetDownstream(Set.of(), Set.of("/api/v1/results"));

        given().contentType("application/json").body(QUERY)
                .post("/graphql")
                .then().statusCode(200)
                .body("data.model.name", equalTo("Model One"))
                .body("data.model.vendor.name", equalTo("Acme"))
                .body("data.model.results", nullValue())
                .body("data.model.ranks.rank", contains(2))
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("model", "results"))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].message", equalTo("models-service is unavailable; this part of the result is missing"));
    }

    @Test
    void aBadArgumentOfABatchedFieldIsBadUserInput() {
        resetDownstream(Set.of(), Set.of());

        given().contentType("application/json")
                .body("{\"query\":\"{ model(slug: \\\"m1\\\") { name latestArticles(first: 0) { title } } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("data.model.name", equalTo("Model One"))
                .body("data.model.latestArticles", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("model", "latestArticles"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("first: must be between 1 and 50"));
    }

    private static String downstreamUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.models.url", String.class);
    }

    private static void resetDownstream(Set<String> gated, Set<String> failing) {
        given().post(downstreamUrl() + "/_fake/reset?gated=" + String.join(",", gated) + "&failing="
                + String.join(",", failing)).then().statusCode(204);
    }

    private static double downstreamCalls(String service) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("fw_gateway_downstream_requests_total") && line.contains("service=\"" + service + "\"")) {
                // "name{labels} value", possibly followed by " # {exemplar} ..."
                total += Double.parseDouble(line.substring(line.indexOf('}') + 1).trim().split("\\s+")[0]);
            }
        }
        return total;
    }

    private static String readerToken() throws Exception {
        return Files.readString(Path.of("src/test/resources/dev-reader.jwt"), StandardCharsets.UTF_8).strip();
    }
}
