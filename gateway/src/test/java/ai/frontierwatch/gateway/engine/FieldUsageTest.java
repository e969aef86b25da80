package ai.frontierwatch.gateway.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import ai.frontierwatch.gateway.fetchers.FakeServices;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation counts each schema field it selects once, however many times the field is resolved. */
@QuarkusTest
@TestProfile(FakeServices.class)
class FieldUsageTest {

    private static final List<String> FIELDS = List.of("Query.model", "Query.apiVersion", "Model.name", "Model.results",
            "BenchmarkResult.value", "BenchmarkResult.disputed", "Model.vendor", "Query.__typename");

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void eachSelectedFieldCountsOncePerOperation() {
        FakeServices.answer("GET", "/api/v1/results", 200, """
                {"items":[{"id":"r-1","modelId":"m-1","benchmarkId":"b-1","value":71.5,"sources":[]},
                          {"id":"r-2","modelId":"m-1","benchmarkId":"b-2","value":40.0,"sources":[]},
                          {"id":"r-3","modelId":"m-1","benchmarkId":"b-3","value":12.25,"sources":[]}],
                 "nextCursor":null}""");
        Map<String, Double> before = counts();

        given().contentType("application/json")
                .body("{\"query\":\"{ __typename apiVersion a: model(slug: \\\"m1\\\") { name results { value } } "
                        + "b: model(slug: \\\"m1\\\") { name } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.a.results.value", contains(71.5f, 40.0f, 12.25f))
                .body("data.b.name", equalTo("Model One"));

        Map<String, Double> added = since(before);
        // two models and three results resolved, one operation: each field once
        assertThat(added).containsEntry("Query.model", 1.0).containsEntry("Query.apiVersion", 1.0)
                .containsEntry("Model.name", 1.0).containsEntry("Model.results", 1.0)
                .containsEntry("BenchmarkResult.value", 1.0)
                .containsEntry("BenchmarkResult.disputed", 0.0).containsEntry("Model.vendor", 0.0)
                .as("introspection is not counted").containsEntry("Query.__typename", 0.0);
    }

    @Test
    void fieldsASkipDirectiveLeavesOutAreNotCounted() {
        Map<String, Double> before = counts();
        String query = "query($lean: Boolean!) { apiVersion model(slug: \\\"m1\\\") @skip(if: $lean) { name } }";

        given().contentType("application/json").body("{\"query\":\"" + query + "\",\"variables\":{\"lean\":true}}")
                .post("/graphql").then().statusCode(200).body("data.apiVersion", equalTo("1.0"));
        assertThat(since(before)).containsEntry("Query.apiVersion", 1.0).containsEntry("Query.model", 0.0)
                .containsEntry("Model.name", 0.0);

        given().contentType("application/json").body("{\"query\":\"" + query + "\",\"variables\":{\"lean\":false}}")
                .post("/graphql").then().statusCode(200).body("data.model.name", equalTo("Model One"));
        assertThat(since(before)).containsEntry("Query.apiVersion", 2.0).containsEntry("Query.model", 1.0)
                .containsEntry("Model.name", 1.0);
    }

    private Map<String, Double> since(Map<String, Double> before) {
        Map<String, Double> added = new LinkedHashMap<>();
        counts().forEach((field, count) -> added.put(field, count - before.get(field)));
        return added;
    }

    private Map<String, Double> counts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String[] parts = field.split("\\.");
            Counter counter = registry.find("fw.graphql.field.usage").tag("type", parts[0]).tag("field", parts[1]).counter();
            counts.put(field, counter == null ? 0.0 : counter.count());
        }
        return counts;
    }
}
