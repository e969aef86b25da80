package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Mentions and claims name models the catalogue does not know by {@code discovered:…} and {@code family:…} ids: the
 * gateway answers them as models with their status, through one batched insights-service call per relation, and
 * serves the editors' queue of them. The services are {@link FakeDownstream}.
 */
@QuarkusTest
@TestProfile(FakeServices.class)
class DiscoveredModelsTest {

    static final String QWEN = """
            {"id":"discovered:3.6-27b-qwen","kind":"MODEL","name":"Qwen 3.6 27B",
             "surfaces":["Qwen3.6-27B","Qwen 3.6 27B"],"articleCount":3,"mentionCount":7,
             "firstSeen":"2026-04-27T00:00:00Z","lastSeen":"2026-05-02T08:30:00Z",
             "evidence":[{"articleId":"a-7","field":"body","start":120,"end":131,"surface":"Qwen3.6-27B"}]}""";
    static final String GEMINI = """
            {"id":"family:3-gemini","kind":"FAMILY","name":"Gemini 3","surfaces":["Gemini 3"],"articleCount":2,
             "mentionCount":2,"firstSeen":null,"lastSeen":null,"evidence":[]}""";
    private static final String ARTICLE = """
            {"id":"a-7","title":"Qwen week","language":"en","bodyMarkdown":"Qwen3.6-27B is out.","tags":[],
             "keyPoints":[],"tables":[]}""";
    private static final String CATALOGUE_MODEL = """
            {"id":"m-1","slug":"m1","name":"Model One","vendorId":"v-1","aliases":[]}""";

    @Test
    void mentionsAndClaimsOfDiscoveredModelsAndFamiliesAreModelsWithTheirStatus() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/articles/a-7", 200, ARTICLE);
        FakeServices.answer("GET", "/api/v1/mentions", 200, """
                [{"articleId":"a-7","mentions":[%s,%s,%s,%s]}]""".formatted(mention("MODEL", "m-1"),
                mention("MODEL", "discovered:3.6-27b-qwen"), mention("MODEL", "family:3-gemini"),
                mention("VENDOR", "v-1")));
        FakeServices.answer("GET", "/api/v1/claims", 200, """
                {"items":[{"id":"c-1","articleId":"a-7","modelId":"discovered:3.6-27b-qwen","modelName":"Qwen3.6-27B",
                 "benchmarkName":"SWE-bench Verified","value":71.2,"unit":"PERCENT","conditions":"",
                 "status":"UNRESOLVED","recorded":[]}],"total":1,"limit":500,"offset":0}""");
        FakeServices.answer("GET", "/api/v1/discovered", 200, "[" + QWEN + "," + GEMINI + "]");
        FakeServices.answer("GET", "/api/v1/models", 200, "[" + CATALOGUE_MODEL + "]");

        given().contentType("application/json").body(query("""
                { article(id: "a-7") {
                    mentions { kind model { id slug name aliases status vendor { name } results { value }
                                            ranks { rank } } }
                    claims { modelName model { id name status } } } }"""))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.article.mentions.kind", contains("MODEL", "MODEL", "MODEL", "VENDOR"))
                .body("data.article.mentions[0..2].model.status", contains("CONFIRMED", "DISCOVERED", "FAMILY"))
                .body("data.article.mentions[0..2].model.name", contains("Model One", "Qwen 3.6 27B", "Gemini 3"))
                .body("data.article.mentions[3].model", nullValue())
                .body("data.article.mentions[1].model.id", equalTo("discovered:3.6-27b-qwen"))
                .body("data.article.mentions[1].model.slug", equalTo("discovered:3.6-27b-qwen"))
                .body("data.article.mentions[1].model.aliases", contains("Qwen3.6-27B", "Qwen 3.6 27B"))
                .body("data.article.mentions[0].model.vendor.name", equalTo("Acme"))
                .body("data.article.mentions[1].model.vendor", nullValue())
                .body("data.article.mentions[2].model.vendor", nullValue())
                .body("data.article.mentions[0].model.results.value", contains(71.5f))
                .body("data.article.mentions[0].model.ranks.rank", contains(2))
                .body("data.article.mentions[1].model.results", empty())
                .body("data.article.mentions[1].model.ranks", empty())
                .body("data.article.claims[0].model.id", equalTo("discovered:3.6-27b-qwen"))
                .body("data.article.claims[0].model.name", equalTo("Qwen 3.6 27B"))
                .body("data.article.claims[0].model.status", equalTo("DISCOVERED"));

        // one insights-service call per relation: the mentions' models, then the claims' model
        assertThat(FakeServices.seen("GET", "/api/v1/discovered")).extracting(s -> ids(s.get("query")))
                .containsExactlyInAnyOrder(List.of("discovered:3.6-27b-qwen", "family:3-gemini"),
                        List.of("discovered:3.6-27b-qwen"));
        // models-service and the catalogue relations are asked about the catalogue model only
        assertThat(FakeServices.seen("GET", "/api/v1/models")).extracting(s -> ids(s.get("query")))
                .containsExactly(List.of("m-1"));
        assertThat(FakeServices.seen()).filteredOn(s -> s.get("query") != null)
                .allSatisfy(s -> assertThat(s.get("path").equals("/api/v1/discovered")
                        || !decoded(s.get("query")).contains(":")).as(s.get("path")).isTrue());
    }

    @Test
    void manyDiscoveredMentionsAreResolvedWithOneInsightsCall() {
        List<String> ids = IntStream.rangeClosed(1, 30).mapToObj(i -> "discovered:" + i + "-nova").toList();
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/articles/a-7", 200, ARTICLE);
        FakeServices.answer("GET", "/api/v1/mentions", 200, """
                [{"articleId":"a-7","mentions":[%s]}]""".formatted(String.join(",",
                ids.stream().map(id -> mention("MODEL", id)).toList())));
        FakeServices.answer("GET", "/api/v1/discovered", 200, "[" + String.join(",", ids.stream().map(id -> """
                {"id":"%s","kind":"MODEL","name":"Nova %s","surfaces":[],"articleCount":1,"mentionCount":1,
                 "evidence":[]}""".formatted(id, id.substring(11, id.indexOf('-')))).toList()) + "]");

        JsonPath answer = given().contentType("application/json")
                .body(query("{ article(id: \"a-7\") { mentions { model { name status } } } }"))
                .post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).extract().jsonPath();

        assertThat(answer.getList("data.article.mentions.model.name")).hasSize(30).startsWith("Nova 1", "Nova 2")
                .endsWith("Nova 30");
        assertThat(answer.getList("data.article.mentions.model.status")).containsOnly("DISCOVERED");
        assertThat(FakeServices.seen("GET", "/api/v1/discovered")).singleElement()
                .satisfies(s -> assertThat(ids(s.get("query"))).containsExactlyElementsOf(ids));
        assertThat(FakeServices.seen("GET", "/api/v1/models")).isEmpty();
    }

    @Test
    void aDiscoveredModelIsFoundByItsIdAndAnUnknownOneIsNull() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/discovered", 200, "[" + QWEN + "]");

        given().contentType("application/json")
                .body(query("""
                        { model(id: "discovered:3.6-27b-qwen") { name status vendor { name } results { value }
                            ranks { rank } latestArticles { title } mentionTrend { articles } } }"""))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.model.name", equalTo("Qwen 3.6 27B"))
                .body("data.model.status", equalTo("DISCOVERED"))
                .body("data.model.vendor", nullValue())
                .body("data.model.results", empty())
                .body("data.model.ranks", empty())
                .body("data.model.latestArticles", empty())
                .body("data.model.mentionTrend", empty());
        assertThat(FakeServices.seen()).extracting(s -> s.get("path")).containsExactly("/api/v1/discovered");

        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/discovered", 200, "[]");
        given().contentType("application/json").body(query("{ model(slug: \"family:9-ghost\") { name } }"))
                .post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.model", nullValue());
    }

    @Test
    void theQueueListsDiscoveredNamesWithCountsAndEvidencePageByPage() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/discovered", 200, "{\"items\":[" + QWEN + "," + GEMINI
                + "],\"nextCursor\":\"q2\"}");
        FakeServices.answer("GET", "/api/v1/articles", 200, "{\"items\":[" + ARTICLE + "]}");
        String page = """
                { discoveredModels(first: 2%s) {
                    edges { cursor node { id status name surfaces articleCount mentionCount firstSeen lastSeen
                                          evidence { field start end surface article { title } } } }
                    pageInfo { hasNextPage endCursor } } }""";

        JsonPath first = given().contentType("application/json").body(query(page.formatted("")))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.discoveredModels.edges.node.id", contains("discovered:3.6-27b-qwen", "family:3-gemini"))
                .body("data.discoveredModels.edges.node.status", contains("DISCOVERED", "FAMILY"))
                .body("data.discoveredModels.edges[0].node.surfaces", contains("Qwen3.6-27B", "Qwen 3.6 27B"))
                .body("data.discoveredModels.edges.node.articleCount", contains(3, 2))
                .body("data.discoveredModels.edges.node.mentionCount", contains(7, 2))
                .body("data.discoveredModels.edges[0].node.firstSeen", equalTo("2026-04-27T00:00:00Z"))
                .body("data.discoveredModels.edges[0].node.lastSeen", equalTo("2026-05-02T08:30:00Z"))
                .body("data.discoveredModels.edges[1].node.firstSeen", nullValue())
                .body("data.discoveredModels.edges[0].node.evidence", hasSize(1))
                .body("data.discoveredModels.edges[0].node.evidence[0].field", equalTo("body"))
                .body("data.discoveredModels.edges[0].node.evidence[0].start", equalTo(120))
                .body("data.discoveredModels.edges[0].node.evidence[0].end", equalTo(131))
                .body("data.discoveredModels.edges[0].node.evidence[0].surface", equalTo("Qwen3.6-27B"))
                .body("data.discoveredModels.edges[0].node.evidence[0].article.title", equalTo("Qwen week"))
                .body("data.discoveredModels.edges[1].node.evidence", empty())
                .body("data.discoveredModels.pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        assertThat(FakeServices.seen("GET", "/api/v1/discovered")).singleElement()
                .satisfies(s -> assertThat(params(s.get("query"))).containsExactlyInAnyOrder("limit=2"));

        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/discovered", 200, "{\"items\":[],\"nextCursor\":null}");
        given().contentType("application/json").body(query(page.formatted(", kind: FAMILY, after: \""
                + first.getString("data.discoveredModels.pageInfo.endCursor") + "\"")))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.discoveredModels.edges", empty())
                .body("data.discoveredModels.pageInfo.hasNextPage", equalTo(false));
        assertThat(FakeServices.seen("GET", "/api/v1/discovered")).singleElement()
                .satisfies(s -> assertThat(params(s.get("query")))
                        .containsExactlyInAnyOrder("kind=FAMILY", "after=q2", "limit=2"));
    }

    @Test
    void theQueueHoldsNoConfirmedModels() {
        FakeServices.reset();
        given().contentType("application/json")
                .body(query("{ discoveredModels(kind: CONFIRMED) { edges { cursor } } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("kind: must be DISCOVERED or FAMILY"));
        assertThat(FakeServices.seen()).isEmpty();
    }

    private static String mention(String kind, String entityId) {
        return """
                {"kind":"%s","entityId":"%s","count":1,"positions":[{"field":"body","start":0,"end":5,"surface":"x"}]}"""
                .formatted(kind, entityId);
    }

    static String query(String graphql) {
        return "{\"query\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(graphql) + "}";
    }

    private static String decoded(String rawQuery) {
        return URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
    }

    private static List<String> params(String rawQuery) {
        return Arrays.stream(decoded(rawQuery).split("&")).toList();
    }

    /** The ids of a batch request ({@code ids=a,b} or {@code modelIds=a,b}), in order. */
    private static List<String> ids(String rawQuery) {
        List<String> ids = new ArrayList<>();
        for (String param : params(rawQuery)) {
            String[] kv = param.split("=", 2);
            if (kv[0].equals("ids") || kv[0].equals("modelIds")) {
                ids.addAll(Arrays.asList(kv[1].split(",")));
            }
        }
        return ids;
    }
}
