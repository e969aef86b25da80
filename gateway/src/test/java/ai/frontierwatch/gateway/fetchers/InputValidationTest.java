package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Invalid arguments are rejected before any downstream call, with BAD_USER_INPUT and the argument named. */
@QuarkusTest
class InputValidationTest {

    @Test
    void bothIdAndSlugIsBadUserInput() {
        given().contentType("application/json")
                .body("{\"query\":\"{ model(id: \\\"a\\\", slug: \\\"b\\\") { name } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("slug: give exactly one of id and slug"));
    }

    @Test
    void pageSizeAboveTheMaximumIsBadUserInput() {
        given().contentType("application/json")
                .body("{\"query\":\"{ models(first: 1000) { edges { cursor } } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("first: must be between 1 and 100"));
    }

    @Test
    void aForgedCursorIsBadUserInput() {
        given().contentType("application/json")
                .body("{\"query\":\"{ benchmarks(after: \\\"%%%\\\") { edges { cursor } } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("after: is not a cursor returned by this API"));
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefusedWithoutExecuting() {
        String deep = "{ models { edges { node { results { model { results { model { results { model { results {"
                + " model { results { model { name } } } } } } } } } } } } } }";
        given().contentType("application/json")
                .body("{\"query\":\"" + deep + "\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("data", org.hamcrest.Matchers.nullValue())
                .body("errors[0].message", startsWith("maximum query depth exceeded"));
    }
}
