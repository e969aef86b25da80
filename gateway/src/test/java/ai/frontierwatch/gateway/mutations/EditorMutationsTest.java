package ai.frontierwatch.gateway.mutations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Mutations need an editor token. With none, or a token without the role, they stop at the gateway; an
 * editor's mutation goes on downstream (no service runs in these tests, so it meets an outage).
 */
@QuarkusTest
class EditorMutationsTest {

    private static final String ACCEPT = "{\"query\":\"mutation { acceptClaim(id: \\\"c1\\\") { status } }\"}";

    @Test
    void withoutATokenAMutationIsUnauthenticated() {
        given().contentType("application/json").body(ACCEPT).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].path", contains("acceptClaim"));
    }

    @Test
    void aTokenWithoutTheEditorRoleIsForbidden() throws Exception {
        given().auth().oauth2(token("src/test/resources/dev-reader.jwt")).contentType("application/json").body(ACCEPT)
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo("This operation needs the role 'editor'"));
    }

    @Test
    void anEditorPassesAndMeetsTheDownstreamService() throws Exception {
        given().auth().oauth2(token("docs/dev-editor.jwt")).contentType("application/json").body(ACCEPT)
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].message", equalTo("insights-service is unavailable; this part of the result is missing"));
    }

    @Test
    void anEmptyDocumentIsBadUserInputBeforeAnyCall() throws Exception {
        given().auth().oauth2(token("docs/dev-editor.jwt")).contentType("application/json")
                .body("{\"query\":\"mutation { ingestArticle(document: \\\"  \\\") { id } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("document: is empty"));
    }

    private static String token(String path) throws Exception {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
    }
}
