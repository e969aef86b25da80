package ai.frontierwatch.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a CDN or browser may keep: successful queries over GET, shared only when the caller is anonymous. */
@QuarkusTest
class CacheHeadersTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /** A key of the test partner "rotating" (50 requests per minute). */
    private static final String PARTNER_KEY = "rotating-key-2";

    @Test
    void anAnonymousQueryOverGetMayBeKeptByAnyCache() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ apiVersion }").get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", containsString("Accept, Authorization, X-API-Key"))
                .body("data.apiVersion", equalTo("1.0"));
    }

    @Test
    void aPartnersQueryOverGetIsKeptByItsOwnClientOnly() {
        given().accept(GRAPHQL_RESPONSE).header("X-API-Key", PARTNER_KEY).queryParam("query", "{ apiVersion }")
                .get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "private, max-age=60")
                .header("Vary", containsString("Accept, Authorization, X-API-Key"));
    }

    @Test
    void anEditorsQueryOverGetIsKeptByItsOwnClientOnly() throws Exception {
        String token = Files.readString(Path.of("docs/dev-editor.jwt"), StandardCharsets.UTF_8).strip();
        given().accept(GRAPHQL_RESPONSE).auth().oauth2(token)
                .queryParam("query", "{ apiVersion }").get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "private, max-age=60");
    }

    @Test
    void anAnswerWithErrorsIsNotStored() {
        // no service runs behind the gateway in these tests: the models are UNAVAILABLE
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ models(first: 1) { totalCount } }").get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ noSuchField }").get("/graphql")
                .then().statusCode(400)
                .header("Cache-Control", "no-store");
    }

    @Test
    void mutationsAreNeverMarkedCacheable() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "mutation { __typename }").get("/graphql")
                .then().statusCode(405)
                .header("Cache-Control", "no-store");
        given().accept(GRAPHQL_RESPONSE).contentType("application/json")
                .body("{\"query\":\"mutation { __typename }\"}").post("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", nullValue());
    }

    @Test
    void postAnswersCarryNoCacheHeaders() {
        given().accept(GRAPHQL_RESPONSE).contentType("application/json").body("{\"query\":\"{ apiVersion }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", nullValue())
                .body("data.apiVersion", equalTo("1.0"));
    }
}
