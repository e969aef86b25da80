package ai.frontierwatch.articles.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.localstack.HostileParameters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A caller's bad input is a 400 naming what is wrong, on every parameter and body field, never a 5xx. */
@QuarkusTest
class EdgeInputTest {

    @Test
    void searchParametersAreCheckedBeforeAnySearchRuns() throws Exception {
        given().urlEncodingEnabled(false).get("/api/v1/search?q=x%00y").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"))
                .body("detail", equalTo("Parameter 'q' contains the control character U+0000 at position 1"));
        given().get("/api/v1/search?q=" + "long".repeat(200)).then().statusCode(400)
                .body("detail", equalTo("Parameter 'q' is 800 characters long; at most 500"));
        given().get("/api/v1/search?from=0001-01-01&to=9999-12-31").then().statusCode(400)
                .body("detail", equalTo("Parameter 'from' must be a date in the years 1900 to 2999, not 0001-01-01"));
        // a feed position before any article could be: "f|-99999999999999999|<uuid>"
        String farCursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "f|-99999999999999999|00000000-0000-0000-0000-000000000000".getBytes());
        given().get("/api/v1/articles?after=" + farCursor).then().statusCode(400)
                .body("detail", equalTo("Parameter 'after' is not a cursor this service gave out"));
        // and every other parameter of every operation: never a 5xx, and what can never be a parameter is a 400
        assertThat(HostileParameters.probeServiceUnderTest()).isEmpty();
    }

    @Test
    void aNulInAJsonFieldIsA400NamingTheField() {
        given().contentType("application/json").body("[{\"body\":\"fine\"},{\"title\":\"T\\u0000\",\"body\":\"x\"}]")
                .post("/api/v1/articles/batch").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Parameter '[1].title' contains the control character U+0000 at position 1"));
    }
}
