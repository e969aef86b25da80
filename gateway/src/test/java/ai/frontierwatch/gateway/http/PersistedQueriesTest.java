package ai.frontierwatch.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Apollo's automatic persisted queries: a hash the gateway does not know, the document sent with it, then the hash alone. */
@QuarkusTest
class PersistedQueriesTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void aMissThenTheDocumentThenTheHashAloneOverPost() {
        String document = "query ApqOverPost { apiVersion }";
        String hash = Sha256.hex(document);
        post(hashOnly(hash))
                .then().statusCode(404)
                .body("$", not(hasKey("data")))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        post(withDocument(document, hash))
                .then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"));
        post(hashOnly(hash))
                .then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"));
    }

    @Test
    void aMissIsAnsweredWith200UnderPlainJsonAsOlderClientsExpect() {
        given().accept("application/json").contentType("application/json")
                .body(hashOnly(Sha256.hex("query NeverSent { apiVersion }")).encode()).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aMissThenTheDocumentThenTheHashAloneOverGet() {
        String document = "query ApqOverGet { apiVersion }";
        String hash = Sha256.hex(document);
        get().queryParam("extensions", extensions(hash).encode()).get("/graphql")
                .then().statusCode(404)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        get().queryParam("query", document).queryParam("extensions", extensions(hash).encode()).get("/graphql")
                .then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"));
        get().queryParam("extensions", extensions(hash).encode()).get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body("data.apiVersion", equalTo("1.0"));
    }

    @Test
    void aDocumentRegisteredOverPostRunsByHashOverGetAsApolloSendsIt() {
        // useGETForHashedQueries: the hash goes as GET, the document after a miss as POST
        String document = "query ApqMixed($n: Int) { models(first: $n) { totalCount } }";
        String hash = Sha256.hex(document);
        post(withDocument(document, hash).put("variables", new JsonObject().put("n", 1)))
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
        get().queryParam("extensions", extensions(hash).encode()).queryParam("variables", "{\"n\":1}")
                .get("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].path[0]", equalTo("models"));
    }

    @Test
    void aHashThatDoesNotMatchTheDocumentIsRefused() {
        String document = "query Mismatch { apiVersion }";
        String otherHash = Sha256.hex("query Other { apiVersion }");
        post(withDocument(document, otherHash))
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message",
                        equalTo("extensions.persistedQuery.sha256Hash: not the SHA-256 of the query sent with it"));
        post(hashOnly(otherHash))
                .then().statusCode(404);
    }

    @Test
    void aHashThatIsNotSha256IsABadRequest() {
        post(new JsonObject().put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", "abc"))))
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message",
                        equalTo("'extensions.persistedQuery.sha256Hash' must be a SHA-256 in 64 hex digits"));
        post(new JsonObject().put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 2).put("sha256Hash", Sha256.hex("{ apiVersion }")))))
                .then().statusCode(400)
                .body("errors[0].message", equalTo("'extensions.persistedQuery.version' must be 1"));
    }

    @Test
    void anInvalidDocumentIsNotRegistered() {
        String document = "query Invalid { noSuchField }";
        String hash = Sha256.hex(document);
        post(withDocument(document, hash))
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(hashOnly(hash))
                .then().statusCode(404);
    }

    @Test
    void aDocumentLongerThanARegisteredOneMayBeRunsButIsNotRegistered() {
        // 16 KiB is the most a registered document may take; the body limit (64 KiB) still lets it run
        String document = "query Long { apiVersion }\n#" + "x".repeat(16 * 1024);
        String hash = Sha256.hex(document);
        post(withDocument(document, hash))
                .then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"));
        post(hashOnly(hash))
                .then().statusCode(404);
    }

    @Test
    void theManifestsOperationsAreKnownByHashFromTheStart() {
        String lastModels = Sha256.hex("""
                query LastModels($before: String) {
                  models(last: 20, before: $before) {
                    totalCount
                    pageInfo { hasPreviousPage startCursor }
                    edges { node { slug name } }
                  }
                }
                """);
        post(hashOnly(lastModels))
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].path[0]", equalTo("models"));
    }

    static JsonObject extensions(String hash) {
        return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
    }

    static JsonObject hashOnly(String hash) {
        return new JsonObject().put("extensions", extensions(hash));
    }

    static JsonObject withDocument(String document, String hash) {
        return hashOnly(hash).put("query", document);
    }

    private static io.restassured.response.Response post(JsonObject body) {
        return given().accept(GRAPHQL_RESPONSE).contentType("application/json").body(body.encode()).post("/graphql");
    }

    private static RequestSpecification get() {
        return given().accept(GRAPHQL_RESPONSE);
    }
}
