package ai.frontierwatch.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production's allow-list: only the manifest's operations run, by hash or in full. */
@QuarkusTest
@TestProfile(AllowListTest.AllowListOnly.class)
class AllowListTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    public static class AllowListOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fw.graphql.persisted-queries.allow-list-only", "true");
        }
    }

    @Test
    void aDocumentNotInTheManifestIsRefused() {
        post(new JsonObject().put("query", "{ apiVersion }"))
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"))
                .body("errors[0].message",
                        equalTo("This gateway runs only the operations of its manifest; this document is not one of them"));
        given().accept("application/json").queryParam("query", "{ apiVersion }").get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"));
    }

    @Test
    void aPartnerRunsOperationsOfItsOwn() {
        given().header("X-API-Key", "acme-test-key").contentType("application/json").accept(GRAPHQL_RESPONSE)
                .body(new JsonObject().put("query", "{ apiVersion }").encode()).post("/graphql")
                .then().statusCode(200)
                .body("$", not(hasKey("errors")))
                .body("data.apiVersion", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void clientsCannotRegisterDocumentsOfTheirOwn() {
        String document = "query Mine { apiVersion }";
        String hash = Sha256.hex(document);
        post(PersistedQueriesTest.withDocument(document, hash))
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"));
        post(PersistedQueriesTest.hashOnly(hash))
                .then().statusCode(404)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aListedOperationRunsByHash() throws Exception {
        String comparePage = Files.readString(Path.of("docs/pages/compare-page.graphql"), StandardCharsets.UTF_8);
        JsonObject variables = new JsonObject().put("models", new io.vertx.core.json.JsonArray().add("gpt-5-2").add("gemini-3-pro"));
        // it runs: no service answers in these tests, so its field is UNAVAILABLE
        post(PersistedQueriesTest.hashOnly(Sha256.hex(comparePage)).put("variables", variables))
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].path[0]", equalTo("compare"));
        given().accept(GRAPHQL_RESPONSE)
                .queryParam("extensions", PersistedQueriesTest.extensions(Sha256.hex(comparePage)).encode())
                .queryParam("variables", variables.encode())
                .get("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
    }

    @Test
    void aListedOperationSentInFullRuns() throws Exception {
        String newsFeed = Files.readString(Path.of("docs/pages/news-feed.graphql"), StandardCharsets.UTF_8);
        post(new JsonObject().put("query", newsFeed)
                .put("variables", new JsonObject().put("query", "千問").put("first", 10)))
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
    }

    private static Response post(JsonObject body) {
        return given().accept(GRAPHQL_RESPONSE).contentType("application/json").body(body.encode()).post("/graphql");
    }
}
