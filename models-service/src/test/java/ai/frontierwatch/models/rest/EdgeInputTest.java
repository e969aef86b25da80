package ai.frontierwatch.models.rest;

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
    void aNulInAPathOrQueryIsA400NamingTheParameter() throws Exception {
        given().urlEncodingEnabled(false).get("/api/v1/models/x%00y").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:invalid-parameter"))
                .body("detail", equalTo("Parameter 'idOrSlug' contains the control character U+0000 at position 1"))
                .body("errors[0].field", equalTo("idOrSlug"));
        given().urlEncodingEnabled(false).get("/api/v1/vendors?ids=acme,x%01y").then().statusCode(400)
                .body("detail", equalTo("Parameter 'ids' contains the control character U+0001 at position 1"));
        given().get("/api/v1/models?limit=1.5").then().statusCode(400)
                .body("detail", equalTo("Parameter 'limit' must be an integer of at most 9 digits, not '1.5'"));
        given().get("/api/v1/models?openWeights=yes").then().statusCode(400)
                .body("detail", equalTo("Parameter 'openWeights' must be true or false, not 'yes'"));
        given().get("/api/v1/models?releasedFrom=0001-01-01&releasedTo=9999-12-31").then().statusCode(400)
                .body("detail", equalTo("Parameter 'releasedFrom' must be a date in the years 1900 to 2999, not 0001-01-01"));
        // "AA" decodes to a NUL: a cursor this service never gave out
        given().get("/api/v1/models?cursor=AA").then().statusCode(400)
                .body("detail", equalTo("Parameter 'cursor' is not a cursor this service gave out"));
        // and every other parameter of every operation: never a 5xx, and what can never be a parameter is a 400
        assertThat(HostileParameters.probeServiceUnderTest()).isEmpty();
    }

    @Test
    void aUrlLongerThanTheServiceReadsIsRefusedWithAProblemBody() {
        given().get("/api/v1/vendors?ids=" + "v".repeat(20_000)).then().statusCode(414)
                .contentType("application/problem+json").body("type", equalTo("urn:problem:uri-too-long"))
                .body("detail", equalTo("The URL has 20020 characters; at most 16384"));
    }

    @Test
    void aNulOrALoneSurrogateInABodyIsA400NamingTheField() {
        given().contentType("application/json").body("{\"slug\":\"nul-labs\",\"name\":\"Nul\\u0000Labs\"}")
                .post("/api/v1/vendors").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Parameter 'name' contains the control character U+0000 at position 3"))
                .body("errors[0].field", equalTo("name"));
        given().contentType("application/json").body("{\"slug\":\"nul-labs\",\"name\":\"Nul Labs\",\"aliases\":[\"ok\",\"\\ud800\"]}")
                .post("/api/v1/vendors").then().statusCode(400)
                .body("detail", equalTo("Parameter 'aliases[1]' contains a lone surrogate U+D800 at position 0 (not Unicode text)"));
        given().get("/api/v1/vendors/nul-labs").then().statusCode(404);
        given().multiPart("file", "vendors.csv", "slug,name\nnul-labs,Nul\u0000Labs\n".getBytes(), "text/csv")
                .post("/api/v1/imports").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Parameter 'file (vendors.csv)' contains the control character U+0000 at position 22"));
    }
}
