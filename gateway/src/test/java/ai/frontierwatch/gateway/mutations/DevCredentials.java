package ai.frontierwatch.gateway.mutations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed development editor token works only where the development switch is on (the dev and test profiles,
 * ./run); any other profile, production with the local extras included, refuses it. The profiles under test.
 */
final class DevCredentials {

    private static final String MUTATION = "{\"query\":\"mutation { dismissDiscoveredModel(id: \\\"discovered:x\\\") }\"}";

    private DevCredentials() {
    }

    /** A mutation with the development token is refused as unauthenticated. */
    static void refused() throws Exception {
        given().auth().oauth2(Files.readString(Path.of("docs/dev-editor.jwt"), StandardCharsets.UTF_8).strip())
                .contentType("application/json").body(MUTATION).post("/graphql")
                .then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", equalTo("The bearer token is not valid: sign in again"));
    }

    public static class Staging implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "staging";
        }
    }

    public static class ProductionWithLocalExtras implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod,local";
        }
    }
}
