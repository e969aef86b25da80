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
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.models.Api;
import ai.frontierwatch.models.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResultResourceTest {

    private static boolean catalogued;

    /** Once per class; in a @BeforeEach because RestAssured knows the test port only from then on. */
    @BeforeEach
    void catalogue() {
        if (catalogued) {
            return;
        }
        catalogued = true;
        Api.create("/api/v1/vendors", "{\"slug\":\"quill\",\"name\":\"Quill AI\"}");
        Api.create("/api/v1/models", "{\"slug\":\"quill-3\",\"name\":\"Quill 3\",\"vendor\":\"quill\",\"modality\":\"text\"}");
        Api.create("/api/v1/models", "{\"slug\":\"quill-3-mini\",\"name\":\"Quill 3 Mini\",\"vendor\":\"quill\"}");
        Api.create("/api/v1/benchmarks", "{\"slug\":\"quill-qa\",\"name\":\"Quill QA\",\"aliases\":[\"QQA\"],"
                + "\"unit\":\"PERCENT\",\"category\":\"reasoning\",\"minValue\":0,\"maxValue\":100}");
        Api.create("/api/v1/benchmarks", "{\"slug\":\"quill-arena\",\"name\":\"Quill Arena\",\"unit\":\"ELO\"}");
    }


    private static String result(String model, String benchmark, double value, String conditions, String url) {
        return """
                {"model":"%s","benchmark":"%s","value":%s,"conditions":%s,"measuredOn":"2025-11-01",
                 "sources":[{"url":"%s","quote":"Quill QA: %s%%","reportedBy":"THIRD_PARTY","publisher":"Press"}]}"""
                .formatted(model, benchmark, value, conditions, url, value);
    }

    @Test
    void sameValueAddsASourceDifferentValueIsKeptAndBothAreDisputed() {
        String first = given().contentType("application/json")
                .body(result("quill-3", "quill-qa", 61.0, "[\"no tools\"]", "https://a.example/1"))
                .post("/api/v1/results").then().statusCode(201)
                .body("modelSlug", equalTo("quill-3")).body("benchmarkSlug", equalTo("quill-qa"))
                .body("conditions", equalTo("no-tools")).body("disputed", equalTo(false))
                .extract().path("id");

        // the same value, named by alias and with the condition spelled otherwise: one more source, no duplicate
        given().contentType("application/json")
                .body(result("Quill 3", "QQA", 61.0, "[\"without tools\"]", "https://b.example/2"))
                .post("/api/v1/results").then().statusCode(200)
                .body("id", equalTo(first))
                .body("sources.url", contains("https://a.example/1", "https://b.example/2"));

        String second = given().contentType("application/json")
                .body(result("quill-3", "quill-qa", 58.5, "[\"No Tools\"]", "https://c.example/3"))
                .post("/api/v1/results").then().statusCode(201)
                .body("disputed", equalTo(true)).extract().path("id");

        given().get("/api/v1/results?modelIds=quill-3&benchmarkIds=quill-qa").then().statusCode(200)
                .body("items.id", containsInAnyOrder(first, second))
                .body("items.disputed", contains(true, true))
                .body("items.value", containsInAnyOrder(61.0f, 58.5f));

        // other conditions are another measurement: no dispute
        given().contentType("application/json")
                .body(result("quill-3", "quill-qa", 70.0, "[\"tools\"]", "https://d.example/4"))
                .post("/api/v1/results").then().statusCode(201).body("disputed", equalTo(false))
                .body("conditions", equalTo("with-tools"));

        List<EventEnvelope> events = CatalogEvents.allPublishedSoFar();
        List<BenchmarkResultState> firstStates = events.stream().filter(e -> e.aggregateId().equals(first))
                .map(e -> EventCodec.payload(e, BenchmarkResultState.class)).toList();
        assertThat(events.stream().filter(e -> e.aggregateId().equals(first)).map(EventEnvelope::aggregateVersion))
                .containsExactly(1L, 2L, 3L);
        assertThat(firstStates).extracting(BenchmarkResultState::disputed).containsExactly(false, false, true);
        assertThat(firstStates.get(2).sources()).hasSize(2);
        assertThat(firstStates.get(2).conditions()).isEqualTo("no-tools");
        assertThat(events.stream().filter(e -> e.aggregateId().equals(first)).map(EventEnvelope::type))
                .containsOnly(EventType.BENCHMARK_RESULT_UPSERTED);

        // deleting one value of a dispute ends it for the other
        given().delete("/api/v1/results/" + second).then().statusCode(204);
        given().get("/api/v1/results/" + first).then().statusCode(200).body("disputed", equalTo(false));
    }

    @Test
    void concurrentWritersOfTheSameValueCreateOneResult() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = result("quill-3-mini", "quill-qa", 44.4, "[]", "https://w.example/" + i);
                writers.add(() -> given().contentType("application/json").body(body).post("/api/v1/results")
                        .then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(writers)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/results?modelIds=quill-3-mini&benchmarkIds=quill-qa").then()
                .body("items", hasSize(1))
                .body("items[0].sources", hasSize(6))
                .body("items[0].disputed", equalTo(false));
        String id = given().get("/api/v1/results?modelIds=quill-3-mini&benchmarkIds=quill-qa").then()
                .extract().path("items[0].id");
        List<EventEnvelope> events = CatalogEvents.allPublishedSoFar();
        assertThat(events.stream().filter(e -> e.aggregateId().equals(id)).map(EventEnvelope::aggregateVersion))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void problemsForUnknownNamesRangeUnitAndMalformedBodies() {
        given().contentType("application/json").body(result("nobody-9", "quill-qa", 50, "[]", "https://x.example"))
                .post("/api/v1/results").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Model 'nobody-9' does not exist"));
        given().contentType("application/json").body(result("quill-3", "no-bench", 50, "[]", "https://x.example"))
                .post("/api/v1/results").then().statusCode(404)
                .body("detail", equalTo("Benchmark 'no-bench' does not exist"));
        given().contentType("application/json").body(result("quill-3", "quill-qa", 101.5, "[]", "https://x.example"))
                .post("/api/v1/results").then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("value 101.5 is above the maximum 100.0 of Quill QA (PERCENT)"));
        given().contentType("application/json").body("""
                {"model":"quill-3","benchmark":"quill-qa","value":50,"unit":"ELO",
                 "sources":[{"url":"https://x.example","reportedBy":"THIRD_PARTY"}]}""")
                .post("/api/v1/results").then().statusCode(422)
                .body("detail", equalTo("Unit ELO does not match the unit PERCENT of Quill QA"));
        given().contentType("application/json").body("""
                {"model":"quill-3","benchmark":"quill-arena","value":1300,"lowerBound":1310,
                 "sources":[{"url":"https://x.example","reportedBy":"THIRD_PARTY"}]}""")
                .post("/api/v1/results").then().statusCode(422)
                .body("detail", equalTo("lowerBound 1310.0 is above the value 1300.0"));
        given().contentType("application/json").body("""
                {"model":"quill-3","benchmark":"quill-qa","value":50,"sources":[{"reportedBy":"ME"}]}""")
                .post("/api/v1/results").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sources[0].reportedBy"));
        given().contentType("application/json").body("{\"model\":\"quill-3\",\"benchmark\":\"quill-qa\"}")
                .post("/api/v1/results").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("sources", "value"));
        given().contentType("application/json").body("{\"model\": \"quill-3\", \"value\": 5")
                .post("/api/v1/results").then().statusCode(400).body("type", equalTo("urn:problem:malformed-body"));
        given().contentType("application/json").body("{\"model\":\"quill-3\",\"benchmark\":\"quill-qa\",\"value\":\"x\","
                        + "\"sources\":[]}")
                .post("/api/v1/results").then().statusCode(400).body("type", equalTo("urn:problem:malformed-body"));
        given().get("/api/v1/results/not-an-id").then().statusCode(404);
        given().get("/api/v1/results?modelIds=quill-3&asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
