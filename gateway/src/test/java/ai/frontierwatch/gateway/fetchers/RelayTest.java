package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Relay clients refetch any object by its global id ({@code node}, {@code nodes}) and page the catalogue both ways
 * with the full {@code PageInfo} and a total. The services are {@link FakeDownstream}; models-service's keyset rule
 * itself is pinned by its own tests.
 */
@QuarkusTest
@TestProfile(FakeServices.class)
class RelayTest {

    private static final String MODEL_ONE = """
            {"id":"m-1","slug":"m1","name":"Model One","vendorId":"v-1","aliases":[]}""";

    @Test
    void anObjectIsFetchedAgainByItsGlobalId() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/models", 200, "[" + MODEL_ONE + "]");
        JsonPath first = post("""
                { model(slug: "m1") { globalId vendor { globalId } latestArticles { globalId } } }""", Map.of());
        String model = first.getString("data.model.globalId");
        String vendor = first.getString("data.model.vendor.globalId");
        String article = first.getString("data.model.latestArticles[0].globalId");
        assertThat(decode(model)).isEqualTo("Model:m-1");
        assertThat(decode(vendor)).isEqualTo("Vendor:v-1");
        assertThat(decode(article)).isEqualTo("Article:a-1");

        given().contentType("application/json").body(body("""
                query($id: ID!) { node(id: $id) { __typename globalId ... on Model { id name vendor { name } } } }""",
                Map.of("id", model)))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo("Model"))
                .body("data.node.globalId", equalTo(model))
                .body("data.node.id", equalTo("m-1"))
                .body("data.node.name", equalTo("Model One"))
                .body("data.node.vendor.name", equalTo("Acme"));

        // in the order asked, one lookup per type; an id of the right form whose object does not exist is null
        String missing = encode("Model:m-404");
        given().contentType("application/json").body(body("""
                query($ids: [String!]!) { nodes(ids: $ids) { __typename globalId
                    ... on Vendor { slug } ... on Article { title } ... on Model { slug } } }""",
                Map.of("ids", List.of(article, missing, vendor, model))))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.nodes.size()", equalTo(4))
                .body("data.nodes[0].__typename", equalTo("Article"))
                .body("data.nodes[0].title", equalTo("Article One"))
                .body("data.nodes[1]", nullValue())
                .body("data.nodes[2].__typename", equalTo("Vendor"))
                .body("data.nodes[2].slug", equalTo("acme"))
                .body("data.nodes[3].globalId", equalTo(model));
    }

    @Test
    void anIdThisApiDidNotGiveOutIsBadUserInput() {
        FakeServices.reset();
        for (String id : List.of("not an id", encode("Claim:c-1"), encode("Model:"), encode("m-1"),
                encode("Model:m-1") + "==")) {
            given().contentType("application/json").body(body("query($id: ID!) { node(id: $id) { globalId } }",
                    Map.of("id", id)))
                    .post("/graphql")
                    .then().statusCode(200)
                    .body("data.node", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo("id: is not a global id this API gave out"));
        }
        given().contentType("application/json").body(body("query($ids: [String!]!) { nodes(ids: $ids) { globalId } }",
                Map.of("ids", List.of(encode("Model:m-1"), "Tm9wZTp4"))))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("ids[1]: is not a global id this API gave out"));
        assertThat(FakeServices.seen()).isEmpty();
    }

    @Test
    void modelsPageBackwardFromTheEndAndBeforeACursor() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/models", 200, page(List.of("m4", "m5"), "c4", null, 5));
        String query = """
                query($last: Int, $before: String, $first: Int, $after: String) {
                  models(last: $last, before: $before, first: $first, after: $after) {
                    edges { cursor node { slug } }
                    pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
                    totalCount } }""";

        JsonPath end = post(query, Map.of("last", 2));
        assertThat(end.getList("data.models.edges.node.slug")).containsExactly("m4", "m5");
        assertThat(end.getBoolean("data.models.pageInfo.hasPreviousPage")).isTrue();
        assertThat(end.getBoolean("data.models.pageInfo.hasNextPage")).isFalse();
        assertThat(end.getString("data.models.pageInfo.startCursor")).isEqualTo(end.getString("data.models.edges[0].cursor"));
        assertThat(end.getString("data.models.pageInfo.endCursor")).isEqualTo(end.getString("data.models.edges[1].cursor"));
        assertThat(end.getInt("data.models.totalCount")).isEqualTo(5);
        assertThat(lastQuery()).containsEntry("fromEnd", "true").containsEntry("limit", "2").doesNotContainKeys("cursor",
                "before");

        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/models", 200, page(List.of("m2", "m3"), "c2", "c3", 5));
        JsonPath middle = post(query, Map.of("last", 2, "before", end.getString("data.models.pageInfo.startCursor")));
        assertThat(lastQuery()).containsEntry("before", "c4").containsEntry("limit", "2").doesNotContainKeys("cursor",
                "fromEnd");
        assertThat(middle.getList("data.models.edges.node.slug")).containsExactly("m2", "m3");
        assertThat(middle.getBoolean("data.models.pageInfo.hasPreviousPage")).isTrue();
        assertThat(middle.getBoolean("data.models.pageInfo.hasNextPage")).isTrue();

        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/models", 200, page(List.of("m1"), null, null, 5));
        JsonPath start = post(query, Map.of("last", 2, "before", middle.getString("data.models.pageInfo.startCursor")));
        assertThat(lastQuery()).containsEntry("before", "c2");
        assertThat(start.getList("data.models.edges.node.slug")).containsExactly("m1");
        assertThat(start.getBoolean("data.models.pageInfo.hasPreviousPage")).isFalse();

        // an edge's cursor also resumes forward, right after its item
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/models", 200, page(List.of("m3", "m4"), "c3", "c4", 5));
        post(query, Map.of("first", 2, "after", middle.getString("data.models.edges[0].cursor")));
        assertThat(lastQuery()).containsEntry("cursor", "c2").containsEntry("limit", "2");
    }

    @Test
    void forwardAndBackwardArgumentsDoNotMix() {
        FakeServices.reset();
        given().contentType("application/json").body(DiscoveredModelsTest.query("""
                { models(first: 2, last: 2) { totalCount } }""")).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("first: pages forward; give first and after, or last and before"));
        given().contentType("application/json").body(DiscoveredModelsTest.query("""
                { benchmarks(last: 101) { totalCount } }""")).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", equalTo("last: must be between 1 and 100"));
        assertThat(FakeServices.seen()).isEmpty();
    }

    @Test
    void benchmarksCountWhatTheFiltersSelect() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/benchmarks", 200, """
                {"items":[{"id":"b-1","slug":"gpqa","name":"GPQA","aliases":[],"higherIsBetter":true}],
                 "cursors":["k1"],"nextCursor":"k1","total":7}""");
        given().contentType("application/json").body(DiscoveredModelsTest.query("""
                { benchmarks(category: KNOWLEDGE, first: 1) {
                    totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { slug globalId } } } }"""))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.benchmarks.totalCount", equalTo(7))
                .body("data.benchmarks.pageInfo.hasNextPage", equalTo(true))
                .body("data.benchmarks.pageInfo.hasPreviousPage", equalTo(false))
                .body("data.benchmarks.edges[0].node.globalId", equalTo(encode("Benchmark:b-1")));
        assertThat(lastQuery("/api/v1/benchmarks")).containsEntry("category", "KNOWLEDGE").containsEntry("limit", "1");
    }

    /** A models-service page of these slugs (ids {@code m-<n>}), the cursor of each {@code c<n>}. */
    private static String page(List<String> slugs, String previous, String next, int total) {
        String items = String.join(",", slugs.stream().map(s -> """
                {"id":"m-%s","slug":"%s","name":"Model %s","vendorId":"v-1","aliases":[]}""".formatted(
                s.substring(1), s, s.substring(1))).toList());
        String cursors = String.join(",", slugs.stream().map(s -> "\"c" + s.substring(1) + "\"").toList());
        return """
                {"items":[%s],"cursors":[%s],"previousCursor":%s,"nextCursor":%s,"total":%d}""".formatted(items,
                cursors, previous == null ? "null" : "\"" + previous + "\"", next == null ? "null" : "\"" + next + "\"",
                total);
    }

    private static JsonPath post(String query, Map<String, Object> variables) {
        return given().contentType("application/json").body(body(query, variables)).post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static Map<String, Object> body(String query, Map<String, Object> variables) {
        return Map.of("query", query, "variables", variables);
    }

    private static Map<String, String> lastQuery() {
        return lastQuery("/api/v1/models");
    }

    /** The parameters of the last listing call to this path. */
    private static Map<String, String> lastQuery(String path) {
        var seen = FakeServices.seen("GET", path);
        assertThat(seen).isNotEmpty();
        Map<String, String> params = new HashMap<>();
        for (String pair : seen.get(seen.size() - 1).get("query").split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String id) {
        return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
    }
}
