package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SystemQueriesTest {

    @Test
    void answersTypenameAndApiVersion() {
        given().contentType("application/json")
                .body("{\"query\":\"{ __typename apiVersion }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("data.apiVersion", equalTo("1.0"));
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
