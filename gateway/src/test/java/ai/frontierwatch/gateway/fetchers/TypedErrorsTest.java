package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.gateway.error.ErrorCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error carries a documented code and a message without the engine's internals, whatever went wrong. */
@QuarkusTest
@TestProfile(FakeServices.class)
class TypedErrorsTest {

    @BeforeEach
    void benchmarkB1() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/benchmarks/b1", 200, """
                {"id":"b-1","slug":"b1","name":"B One","unit":"PERCENT","aliases":[]}""");
    }

    /** The errors of a request that must be answered with a documented code and a clean message each. */
    private static List<Map<String, Object>> errors(String query, Map<String, Object> variables) {
        JsonPath body = given().contentType("application/json").body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> errors = body.getList("errors");
        assertThat(errors).isNotEmpty().allSatisfy(e -> {
            assertThat(ErrorCodes.ALL).contains((String) extensions(e).get("code"));
            assertThat((String) e.get("message")).doesNotContain("java.", "Exception", "SRGQL", "Value{", "System error");
        });
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(Map<String, Object> error) {
        return (Map<String, Object>) error.get("extensions");
    }

    private static void badUserInput(Map<String, Object> error, String message, String argument) {
        assertThat(error.get("message")).isEqualTo(message);
        assertThat(extensions(error)).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", argument);
    }

    @Test
    void aDateThatIsNoDateIsBadUserInputNamingTheArgument() {
        for (Map<String, Object> variables : List.of(Map.<String, Object>of(), Map.<String, Object>of("d", "not a date"))) {
            String query = variables.isEmpty() ? "{ benchmark(slug: \"b1\") { name leaderboard(asOf: \"not a date\") { asOf } } }"
                    : "query($d: Date) { benchmark(slug: \"b1\") { name leaderboard(asOf: $d) { asOf } } }";
            Map<String, Object> error = errors(query, variables).get(0);
            badUserInput(error, "asOf: must be a date like 2025-12-31, not 'not a date'", "asOf");
            assertThat(error.get("path")).isEqualTo(List.of("benchmark", "leaderboard"));
        }
        assertThat(FakeServices.seen()).extracting(s -> s.get("path")).containsOnly("/api/v1/benchmarks/b1");
    }

    @Test
    void anIntGivenAFractionIsBadUserInputAsALiteralOrAVariable() {
        badUserInput(errors("{ models(first: 1.5) { edges { cursor } } }", Map.of()).get(0),
                "first: must be a value of type Int", "first");
        badUserInput(errors("query($n: Int) { models(first: $n) { edges { cursor } } }", Map.of("n", 1.5)).get(0),
                "first: must be an integer (Int), not 1.5", "first");
        List<Map<String, Object>> text = errors("query($n: Int) { models(first: $n) { edges { cursor } } }",
                Map.of("n", "ten"));
        assertThat(text).hasSize(1);
        assertThat(text.get(0).get("message")).isEqualTo("first: must be a value of type Int");
        assertThat(FakeServices.seen()).isEmpty();
    }

    @Test
    void aVariableTheOperationCannotTakeIsBadUserInputNamingTheVariable() {
        badUserInput(errors("query($n: Int!) { models(first: $n) { edges { cursor } } }", Map.of()).get(0),
                "$n: has coerced Null value for NonNull type 'Int!'", "$n");
        badUserInput(errors("query($m: Modality) { models(modality: $m) { edges { cursor } } }", Map.of("m", "SMELL"))
                .get(0), "$m: Invalid input for enum 'Modality'. No value found for name 'SMELL'", "$m");
    }

    @Test
    void refusalsBeforeTheGraphQLLayerHaveAGraphQLBodyWithACode() {
        given().contentType("application/json").header("Authorization", "Bearer not.a.token")
                .body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", equalTo("The bearer token is not valid: sign in again"));
        given().contentType("application/json").body("{\"query\":\"{ __typename }\",\"pad\":\"" + "p".repeat(70_000) + "\"}")
                .post("/graphql")
                .then().statusCode(413).body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"))
                .body("errors[0].message", equalTo("The request body is larger than the gateway reads"));
        given().urlEncodingEnabled(false).get("/graphql?query=%7B__typename%7D&pad=" + "p".repeat(20_000))
                .then().statusCode(414).body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"))
                .body("errors[0].message", equalTo("The URL has 20036 characters; at most 16384: send long queries with POST"));
        given().urlEncodingEnabled(false).get("/graphql?query=%7B__typename%7D&pad=" + "p".repeat(10_000))
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
