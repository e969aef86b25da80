package ai.frontierwatch.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** GraphQL over HTTP (graphql.github.io/graphql-over-http): media types, methods and status codes. */
@QuarkusTest
class GraphqlOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String TYPENAME = "{\"query\":\"{ __typename }\"}";

    @Test
    void theNewMediaTypeIsAnsweredWithItself() {
        given().accept(GRAPHQL_RESPONSE).contentType("application/json").body(TYPENAME).post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void withoutAnAcceptHeaderTheAnswerIsPlainJson() {
        given().contentType("application/json").body(TYPENAME).post("/graphql")
                .then().statusCode(200)
                .header("Content-Type", "application/json; charset=utf-8")
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void aDocumentThatDoesNotParseIs400UnderTheNewMediaTypeAnd200UnderJson() {
        String broken = "{\"query\":\"{ __typename \"}";
        given().accept(GRAPHQL_RESPONSE).contentType("application/json").body(broken).post("/graphql")
                .then().statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        given().accept("application/json").contentType("application/json").body(broken).post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void aDocumentThatDoesNotFitTheSchemaIs400UnderTheNewMediaType() {
        given().accept(GRAPHQL_RESPONSE).contentType("application/json").body("{\"query\":\"{ noSuchField }\"}")
                .post("/graphql")
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", equalTo(
                        "Validation error (FieldUndefined@[noSuchField]) : Field 'noSuchField' in type 'Query' is undefined"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].locations[0].column", equalTo(3));
    }

    @Test
    void queriesMayUseGet() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "query Version { apiVersion }")
                .get("/graphql")
                .then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"));
    }

    @Test
    void aGetQueryNamingItsOperationRunsAsClientsSuchAsUrqlSendIt() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "query Version { apiVersion }")
                .queryParam("operationName", "Version")
                .get("/graphql")
                .then().statusCode(200)
                .body("data.apiVersion", equalTo("1.0"));
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "query A { apiVersion } query B { apiVersion }")
                .queryParam("operationName", "B")
                .get("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void mutationsOverGetAreRejectedWith405() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "mutation { __typename }")
                .get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"))
                .body("errors[0].message", equalTo("Only queries may be sent with GET; send mutations with POST"));
        // The operation GET would select decides, not the first one in the document.
        given().queryParam("query", "query Q { apiVersion } mutation M { __typename }")
                .queryParam("operationName", "M")
                .get("/graphql")
                .then().statusCode(405);
    }

    @Test
    void otherMethodsAreNotAllowed() {
        given().contentType("application/json").body(TYPENAME).put("/graphql")
                .then().statusCode(405)
                .header("Allow", "GET, POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        given().contentType("text/plain").body(TYPENAME).post("/graphql")
                .then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aMediaTypeTheGatewayCannotProduceIs406() {
        given().accept("application/xml").contentType("application/json").body(TYPENAME).post("/graphql")
                .then().statusCode(406)
                .body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void malformedRequestsAre400UnderBothMediaTypes() {
        given().contentType("application/json").body("{\"query\":").post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("The request body is not valid JSON"));
        given().accept(GRAPHQL_RESPONSE).contentType("application/json").body("{\"variables\":{}}").post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("The 'query' parameter is missing"));
        given().contentType("application/json").body("{\"query\":{\"a\":1}}").post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("'query' must be a string"));
        given().contentType("application/json").body("{\"query\":\"{ apiVersion }\",\"variables\":[1]}").post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("'variables' must be a JSON object"));
    }

    @Test
    void aQueryBeyondTheDepthLimitIsAClientErrorNotAServerError() {
        // __schema, types, fields, type and nine ofType: depth 14, over the limit of 12.
        String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(9) + "name" + " }".repeat(13) + " }";
        given().accept(GRAPHQL_RESPONSE).contentType("application/json")
                .body("{\"query\":\"" + deep + "\"}").post("/graphql")
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("maximum query depth exceeded 14 > 12"));
    }
}
