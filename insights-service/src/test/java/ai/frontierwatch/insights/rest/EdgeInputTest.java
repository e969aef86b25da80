package ai.frontierwatch.insights.rest;

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
    void trendsAndBoardsRefuseFarDatesAndBadCursorsNamingTheParameter() throws Exception {
        given().get("/api/v1/trends?modelIds=x&from=0001-01-01&to=9999-12-31").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("to"))
                .body("detail", equalTo("Parameter 'to' must be a date in the years 1900 to 2999, not 9999-12-31"));
        given().get("/api/v1/leaderboards?benchmarkIds=x&asOf=not-a-date").then().statusCode(400)
                .body("detail", equalTo("Parameter 'asOf' must be a date like 2025-12-31, not 'not-a-date'"));
        given().urlEncodingEnabled(false).get("/api/v1/leaderboards/x%1Fy").then().statusCode(400)
                .body("detail", equalTo("Parameter 'benchmarkId' contains the control character U+001F at position 1"));
        given().get("/api/v1/discovered?after=AA").then().statusCode(400)
                .body("detail", equalTo("Parameter 'after' is not a cursor this service gave out"));
        // and every other parameter of every operation: never a 5xx, and what can never be a parameter is a 400
        assertThat(HostileParameters.probeServiceUnderTest()).isEmpty();
    }

    @Test
    void aNulInAReviewNoteIsA400NamingTheField() {
        given().contentType("application/json").body("{\"note\":\"ok\\u0000\"}")
                .post("/api/v1/claims/00000000-0000-0000-0000-000000000000/accept").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("Parameter 'note' contains the control character U+0000 at position 2"));
    }
}
