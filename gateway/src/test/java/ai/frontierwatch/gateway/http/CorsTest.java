package ai.frontierwatch.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers on the configured origin (tests: https://app.frontierwatch.test) may call the API; others may not. */
@QuarkusTest
class CorsTest {

    private static final String ALLOWED = "https://app.frontierwatch.test";
    private static final String OTHER = "https://elsewhere.example";

    @Test
    void aPreflightFromTheAllowedOriginIsGranted() {
        given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
    }

    @Test
    void aPreflightFromAnotherOriginIsNotGranted() {
        given().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aRequestFromTheAllowedOriginIsAnsweredWithItsHeaders() {
        given().header("Origin", ALLOWED).contentType("application/json").body("{\"query\":\"{ apiVersion }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
                .body("data.apiVersion", equalTo("1.0"));
    }

    @Test
    void aRequestFromAnotherOriginIsRefused() {
        given().header("Origin", OTHER).contentType("application/json").body("{\"query\":\"{ apiVersion }\"}")
                .post("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
