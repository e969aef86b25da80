package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** In these tests no downstream service runs: every call meets a closed port, as in an outage. */
@QuarkusTest
class DownstreamOutageTest {

    @Test
    void theRestOfTheQueryIsAnsweredAndTheMissingPartIsATypedError() {
        given().contentType("application/json")
                .body("{\"query\":\"{ apiVersion model(slug: \\\"gpt-5-2\\\") { name } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"))
                .body("data.model", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("model"))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].message", equalTo("models-service is unavailable; this part of the result is missing"))
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].extensions.exception", nullValue());
    }

    @Test
    void aListQueryDuringAnOutageIsATypedErrorNotAServerError() {
        given().contentType("application/json")
                .body("{\"query\":\"{ models(first: 5) { edges { node { name } } } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].path", contains("models"));
    }
}
