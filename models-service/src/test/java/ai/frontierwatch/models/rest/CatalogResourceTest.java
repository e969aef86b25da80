package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import ai.frontierwatch.models.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Models and benchmarks: CRUD, filters, cursor pagination, batch lookups and their problems. */
@QuarkusTest
class CatalogResourceTest {

    private static String pageAId;

    private static boolean catalogued;

    /** Once per class; in a @BeforeEach because RestAssured knows the test port only from then on. */
    @BeforeEach
    void catalogue() {
        if (catalogued) {
            return;
        }
        catalogued = true;
        Api.create("/api/v1/vendors", "{\"slug\":\"pager\",\"name\":\"Pager Inc\",\"country\":\"FR\"}");
        for (int i = 1; i <= 5; i++) {
            String id = Api.create("/api/v1/models", """
                    {"slug":"pager-m%d","name":"Pager M%d","vendor":"pager","modality":"%s","openWeights":%s,
                     "releaseDate":"2025-0%d-01","family":"Pager M"}""".formatted(i, i, i % 2 == 0 ? "IMAGE" : "TEXT",
                    i % 2 == 0, i));
            if (i == 1) {
                pageAId = id;
            }
        }
    }


    @Test
    void cursorPaginationWithFilters() {
        var first = given().get("/api/v1/models?vendor=pager&limit=2").then().statusCode(200)
                .body("items.slug", contains("pager-m1", "pager-m2")).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        var second = given().queryParam("cursor", cursor).get("/api/v1/models?vendor=pager&limit=2").then()
                .body("items.slug", contains("pager-m3", "pager-m4")).extract().jsonPath();
        given().queryParam("cursor", second.getString("nextCursor")).get("/api/v1/models?vendor=pager&limit=2").then()
                .body("items.slug", contains("pager-m5")).body("nextCursor", nullValue());

        given().get("/api/v1/models?vendor=pager&modality=image").then().body("items.slug",
                contains("pager-m2", "pager-m4"));
        given().get("/api/v1/models?vendor=pager&openWeights=false&releasedFrom=2025-02-01&releasedTo=2025-04-30")
                .then().body("items.slug", contains("pager-m3"));
        given().get("/api/v1/models?family=pager m&limit=1").then().body("items.slug", contains("pager-m1"));
        given().get("/api/v1/vendors?country=fr").then().body("items.slug", contains("pager"));
        given().get("/api/v1/models?limit=0").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/models?cursor=%%%").then().statusCode(400);
        given().get("/api/v1/models?releasedFrom=soon").then().statusCode(400)
                .body("detail", equalTo("Parameter 'releasedFrom' must be a date like 2025-12-31, not 'soon'"));
    }

    @Test
    void pagesBackwardWithCursorsPerItemAndTheTotal() {
        var last = given().get("/api/v1/models?vendor=pager&fromEnd=true&limit=2").then().statusCode(200)
                .body("items.slug", contains("pager-m4", "pager-m5"))
                .body("nextCursor", nullValue())
                .body("total", equalTo(5))
                .body("cursors", hasSize(2)).extract().jsonPath();
        String previous = last.getString("previousCursor");
        assertThat(previous).isEqualTo(last.getString("cursors[0]"));

        var middle = given().queryParam("before", previous).get("/api/v1/models?vendor=pager&limit=2").then()
                .statusCode(200).body("items.slug", contains("pager-m2", "pager-m3")).extract().jsonPath();
        assertThat(middle.getString("nextCursor")).isEqualTo(middle.getString("cursors[1]"));
        given().queryParam("before", middle.getString("previousCursor")).get("/api/v1/models?vendor=pager&limit=2")
                .then().body("items.slug", contains("pager-m1")).body("previousCursor", nullValue());

        // an item's cursor resumes after it, forward, and knows what lies before
        given().queryParam("cursor", middle.getString("cursors[0]")).get("/api/v1/models?vendor=pager&limit=2").then()
                .body("items.slug", contains("pager-m3", "pager-m4"))
                .body("previousCursor", equalTo(middle.getString("cursors[1]")));
        given().get("/api/v1/models?vendor=pager&limit=2").then().body("previousCursor", nullValue())
                .body("total", equalTo(5));
        given().get("/api/v1/models?vendor=pager&modality=image&fromEnd=true").then()
                .body("items.slug", contains("pager-m2", "pager-m4")).body("total", equalTo(2));
        given().get("/api/v1/models?vendor=nobody&fromEnd=true").then().body("items", hasSize(0)).body("total", equalTo(0));

        given().queryParam("cursor", previous).queryParam("before", previous).get("/api/v1/models").then()
                .statusCode(400).body("detail", equalTo("Parameter 'cursor' pages forward; give it or before/fromEnd, "
                        + "not both"));
        given().get("/api/v1/benchmarks?before=AA").then().statusCode(400)
                .body("detail", equalTo("Parameter 'before' is not a cursor this service gave out"));
    }

    @Test
    void batchLookupsTakeIdsOrSlugsInOneCall() {
        given().get("/api/v1/models?ids=pager-m3," + pageAId + ",no-such-model").then().statusCode(200)
                .body("slug", contains("pager-m3", "pager-m1"))
                .body("vendorSlug", contains("pager", "pager"));
        given().get("/api/v1/vendors?ids=pager").then().body("name", contains("Pager Inc"));
    }

    @Test
    void benchmarksValidateUnitsRangesAndDuplicates() {
        Api.create("/api/v1/benchmarks", "{\"slug\":\"pager-bench\",\"name\":\"Pager Bench\",\"unit\":\"percent\","
                + "\"category\":\"coding\",\"minValue\":0,\"maxValue\":100}");
        given().get("/api/v1/benchmarks/pager-bench").then().body("unit", equalTo("PERCENT"))
                .body("category", equalTo("CODING")).body("higherIsBetter", equalTo(true));
        given().contentType("application/json").body("{\"slug\":\"pager-bench\",\"name\":\"Again\",\"unit\":\"ELO\"}")
                .post("/api/v1/benchmarks").then().statusCode(409).contentType("application/problem+json");
        given().contentType("application/json").body("{\"slug\":\"pager-b2\",\"name\":\"B2\",\"unit\":\"parsecs\"}")
                .post("/api/v1/benchmarks").then().statusCode(422)
                .body("detail", equalTo("Unknown unit 'parsecs'; one of [ELO, MINUTES, PERCENT, SCORE, USD]"));
        given().contentType("application/json")
                .body("{\"slug\":\"pager-b3\",\"name\":\"B3\",\"unit\":\"SCORE\",\"minValue\":5,\"maxValue\":1}")
                .post("/api/v1/benchmarks").then().statusCode(422);
        given().get("/api/v1/benchmarks?category=coding&ids=").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.hasItem("pager-bench"));
    }

    @Test
    void modelsReplaceDeleteAndProblems() {
        Api.create("/api/v1/models", "{\"slug\":\"pager-tmp\",\"name\":\"Pager Tmp\"}");
        given().contentType("application/json")
                .body("{\"slug\":\"pager-tmp\",\"name\":\"Pager Temp\",\"vendor\":\"pager\",\"aliases\":[\"PT\"],"
                        + "\"pricing\":{\"inputPerMillion\":1.5,\"outputPerMillion\":6}}")
                .put("/api/v1/models/pager-tmp").then().statusCode(200)
                .body("name", equalTo("Pager Temp")).body("vendorSlug", equalTo("pager"))
                .body("pricing.currency", equalTo("USD")).body("version", equalTo(1));
        given().contentType("application/json").body("{\"slug\":\"pager-m1\",\"name\":\"Dup\"}")
                .post("/api/v1/models").then().statusCode(409)
                .body("detail", equalTo("A model with slug 'pager-m1' already exists"));
        given().contentType("application/json").body("{\"slug\":\"pager-x\",\"name\":\"X\",\"vendor\":\"ghost\"}")
                .post("/api/v1/models").then().statusCode(422)
                .body("detail", equalTo("Vendor 'ghost' does not exist"));
        given().contentType("application/json").body("{\"slug\":\"pager-x\",\"name\":\"X\",\"modality\":\"smell\"}")
                .post("/api/v1/models").then().statusCode(422);
        given().contentType("application/json").body("{\"slug\":\"pager-x\",\"name\":\"X\",\"parameterCount\":-1}")
                .post("/api/v1/models").then().statusCode(400).body("errors.field", contains("parameterCount"));
        given().delete("/api/v1/vendors/pager").then().statusCode(409);
        given().delete("/api/v1/models/pager-tmp").then().statusCode(204);
        given().get("/api/v1/models/pager-tmp").then().statusCode(404);
        given().get("/api/v1/models?ids=pager-tmp").then().body("$", hasSize(0));
    }
}
