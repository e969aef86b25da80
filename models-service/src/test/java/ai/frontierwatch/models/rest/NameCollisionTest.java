package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.models.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A name designates one model: an alias, a new model or a renamed one whose name folds to another model's slug, name
 * or alias is refused with 409 naming that model, and nothing of the request is applied.
 */
@QuarkusTest
class NameCollisionTest {

    private static final String TAKEN = "The name '%s' is already a name of the model 'Orion 7' (orion-7); a name can "
            + "designate one model only";
    private static boolean catalogued;

    @BeforeEach
    void catalogue() {
        if (catalogued) {
            return;
        }
        catalogued = true;
        Api.create("/api/v1/models", "{\"slug\":\"orion-7\",\"name\":\"Orion 7\",\"aliases\":[\"Orion Seven\"]}");
        Api.create("/api/v1/models", "{\"slug\":\"orion-7-mini\",\"name\":\"Orion 7 Mini\"}");
    }

    @Test
    void anAliasOfAnotherModelIsRefusedAndNoneOfTheRequestIsApplied() {
        given().contentType("application/json").body("{\"aliases\":[\"O7M\",\"orion-seven\"]}")
                .post("/api/v1/models/orion-7-mini/aliases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo(TAKEN.formatted("orion-seven")));

        given().get("/api/v1/models/orion-7-mini").then().statusCode(200)
                .body("aliases", empty()).body("version", equalTo(0));
        given().queryParam("name", "O7M").get("/api/v1/resolve").then().body("status", equalTo("UNKNOWN"));
    }

    @Test
    void aNewOrRenamedModelUnderAnotherModelsNameIsRefused() {
        given().contentType("application/json").body("{\"slug\":\"orion-seven-2\",\"name\":\"ORION 7.0\"}")
                .post("/api/v1/models")
                .then().statusCode(409).body("detail", equalTo(TAKEN.formatted("ORION 7.0")));
        given().get("/api/v1/models/orion-seven-2").then().statusCode(404);

        given().contentType("application/json")
                .body("{\"slug\":\"orion-7-mini\",\"name\":\"Orion 7 Mini\",\"aliases\":[\"Orion7\"],\"family\":\"Orion\"}")
                .put("/api/v1/models/orion-7-mini")
                .then().statusCode(409).body("detail", equalTo(TAKEN.formatted("Orion7")));
        given().get("/api/v1/models/orion-7-mini").then().statusCode(200)
                .body("aliases", empty()).body("family", equalTo(null)).body("version", equalTo(0));
        given().queryParam("name", "Orion7").get("/api/v1/resolve").then()
                .body("status", equalTo("RESOLVED")).body("matches.slug", contains("orion-7"));
    }

    @Test
    void aModelsOwnSpellingsAndASharedFamilyAreAccepted() {
        given().contentType("application/json").body("{\"aliases\":[\"ORION-SEVEN\",\"Orion 7 Original\"]}")
                .post("/api/v1/models/orion-7/aliases")
                .then().statusCode(200).body("aliases", contains("Orion Seven", "ORION-SEVEN", "Orion 7 Original"));
        Api.create("/api/v1/models", "{\"slug\":\"orion-7-nano\",\"name\":\"Orion 7 Nano\",\"family\":\"Orion 7\"}");
        given().queryParam("name", "Orion 7").get("/api/v1/resolve").then()
                .body("status", equalTo("RESOLVED")).body("matches.slug", contains("orion-7"));
    }
}
