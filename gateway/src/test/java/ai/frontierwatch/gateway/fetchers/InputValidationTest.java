package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
    void fragmentsThatSpreadEachOtherExponentiallyAreRefusedWithoutExpandingThem() {
        // F1 spreads F2 twice, F2 spreads F3 twice, ...: 2^27 __typename fields from about 1.1 KB of text
        StringBuilder document = new StringBuilder("query Bomb { ...F1 }");
        for (int i = 1; i < 28; i++) {
            document.append(" fragment F").append(i).append(" on Query{...F").append(i + 1).append(" ...F").append(i + 1)
                    .append('}');
        }
        document.append(" fragment F28 on Query{__typename}");
        assertThat(document.length()).isBetween(1000, 1200);
        long started = System.nanoTime();
        given().contentType("application/json").body(java.util.Map.of("query", document.toString()))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("maximum query complexity exceeded 134217728 > 2000"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        // a normal query goes on working
        given().contentType("application/json").body("{\"query\":\"{ __typename }\"}").post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
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
