package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.models.Api;
import ai.frontierwatch.models.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResolveResourceTest {

    private static String qwenId;

    private static boolean catalogued;

    /** Once per class; in a @BeforeEach because RestAssured knows the test port only from then on. */
    @BeforeEach
    void catalogue() {
        if (catalogued) {
            return;
        }
        catalogued = true;
        Api.create("/api/v1/vendors", "{\"slug\":\"tongyi-lab\",\"name\":\"Tongyi Lab\",\"aliases\":[\"通义实验室\"]}");
        qwenId = Api.create("/api/v1/models", """
                {"slug":"qwen-r","name":"Qwen R","vendor":"tongyi-lab","aliases":["通義千問R","Tongyi Qianwen R"],
                 "family":"Qwen R"}""");
        Api.create("/api/v1/models", """
                {"slug":"lyra-4-pro","name":"Lyra 4 Pro","aliases":["Lyra 4.0 Pro"],"family":"Lyra 4"}""");
        Api.create("/api/v1/models", """
                {"slug":"lyra-4-deep","name":"Lyra 4 Deep","family":"Lyra 4"}""");
        Api.create("/api/v1/benchmarks", """
                {"slug":"sve-bench-checked","name":"SVE-bench Checked","unit":"PERCENT","minValue":0,"maxValue":100}""");
    }


    @Test
    void traditionalSimplifiedAndLatinSpellingsResolveToOneModel() {
        for (String name : List.of("通義千問R", "通义千问R", "通义千问 r", "ＱＷＥＮ Ｒ", "qwen-r", "Tongyi-Qianwen-R")) {
            given().queryParam("name", name).get("/api/v1/resolve").then().statusCode(200)
                    .body("status", equalTo("RESOLVED"))
                    .body("matches", hasSize(1))
                    .body("matches[0].kind", equalTo("MODEL"))
                    .body("matches[0].id", equalTo(qwenId))
                    .body("matches[0].slug", equalTo("qwen-r"));
        }
        given().queryParam("name", "通义千问R").get("/api/v1/resolve").then()
                .body("matches[0].matchedAlias", equalTo("通義千問R"))
                .body("matches[0].reason", equalTo("matches the registered alias '通義千問R'"));
        given().queryParam("name", "通義實驗室").queryParam("kind", "vendor").get("/api/v1/resolve").then()
                .body("status", equalTo("RESOLVED")).body("matches[0].slug", equalTo("tongyi-lab"));
    }

    @Test
    void aRenamedOrDeletedModelIsShownAsItIsNowRightAfterTheChange() {
        String id = Api.create("/api/v1/models", """
                {"slug":"vega-1","name":"Vega One","aliases":["Vega Prime"]}""");
        given().queryParam("name", "Vega Prime").get("/api/v1/resolve").then()
                .body("status", equalTo("RESOLVED")).body("matches[0].name", equalTo("Vega One"));
        given().contentType("application/json").body("""
                {"slug":"vega-1-final","name":"Vega 1 Final","aliases":["Vega Prime"]}""")
                .put("/api/v1/models/vega-1").then().statusCode(200);
        given().queryParam("name", "Vega Prime").get("/api/v1/resolve").then()
                .body("status", equalTo("RESOLVED"))
                .body("matches[0].id", equalTo(id))
                .body("matches[0].slug", equalTo("vega-1-final"))
                .body("matches[0].name", equalTo("Vega 1 Final"));
        given().delete("/api/v1/models/vega-1-final").then().statusCode(204);
        given().queryParam("name", "Vega Prime").get("/api/v1/resolve").then()
                .body("status", equalTo("UNKNOWN")).body("matches", hasSize(0));
    }

    @Test
    void versionSpellingAndSpacing() {
        for (String name : List.of("Lyra 4.0 Pro", "Lyra4 Pro", "lyra-4-pro", "LYRA 4 PRO")) {
            given().queryParam("name", name).queryParam("kind", "MODEL").get("/api/v1/resolve").then()
                    .body("status", equalTo("RESOLVED")).body("matches[0].slug", equalTo("lyra-4-pro"));
        }
    }

    @Test
    void aFamilyNameIsAmbiguousWithEveryCandidateAndNoGuess() {
        given().queryParam("name", "Lyra4").get("/api/v1/resolve").then().statusCode(200)
                .body("status", equalTo("AMBIGUOUS"))
                .body("matches.slug", containsInAnyOrder("lyra-4-pro", "lyra-4-deep"))
                .body("matches.reason", contains("belongs to the family 'Lyra 4'", "belongs to the family 'Lyra 4'"));
    }

    @Test
    void aMisspellingIsUnknownUntilRegisteredAndTheAliasChangeIsPublished() {
        given().queryParam("name", "SV-bench check").get("/api/v1/resolve").then()
                .body("status", equalTo("UNKNOWN")).body("matches", hasSize(0));

        String id = given().contentType("application/json").body("{\"aliases\":[\"SV-bench check\"]}")
                .post("/api/v1/benchmarks/sve-bench-checked/aliases").then().statusCode(200)
                .body("aliases", contains("SV-bench check")).extract().path("id");

        given().queryParam("name", "sv bench CHECK").get("/api/v1/resolve").then()
                .body("status", equalTo("RESOLVED"))
                .body("matches[0].kind", equalTo("BENCHMARK"))
                .body("matches[0].slug", equalTo("sve-bench-checked"))
                .body("matches[0].matchedAlias", equalTo("SV-bench check"));

        List<EventEnvelope> events = CatalogEvents.allPublishedSoFar().stream()
                .filter(e -> e.aggregateId().equals(id)).toList();
        assertThat(events).extracting(EventEnvelope::type).containsOnly(EventType.BENCHMARK_UPSERTED);
        assertThat(events).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L);
        assertThat(EventCodec.payload(events.get(1), BenchmarkState.class).aliases()).containsExactly("SV-bench check");

        given().delete("/api/v1/benchmarks/sve-bench-checked/aliases/SV-bench check").then().statusCode(200)
                .body("aliases", hasSize(0));
        given().queryParam("name", "SV-bench check").get("/api/v1/resolve").then().body("status", equalTo("UNKNOWN"));
    }

    @Test
    void batchResolutionAnswersInOrderAndValidates() {
        given().contentType("application/json")
                .body("{\"names\":[\"通義千問R\",\"Lyra 4\",\"nothing at all\",\"Tongyi Lab\"]}")
                .post("/api/v1/resolve").then().statusCode(200)
                .body("name", contains("通義千問R", "Lyra 4", "nothing at all", "Tongyi Lab"))
                .body("status", contains("RESOLVED", "AMBIGUOUS", "UNKNOWN", "RESOLVED"))
                .body("[3].matches[0].kind", equalTo("VENDOR"));
        given().contentType("application/json").body("{\"names\":[]}").post("/api/v1/resolve").then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("name", "x").queryParam("kind", "PLANET").get("/api/v1/resolve").then().statusCode(400)
                .body("detail", equalTo("kind must be one of MODEL, VENDOR, BENCHMARK"));
        given().get("/api/v1/resolve").then().statusCode(400).contentType("application/problem+json");
    }
}
