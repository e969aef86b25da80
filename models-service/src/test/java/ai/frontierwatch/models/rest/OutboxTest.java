package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.localstack.TestInfrastructure;
import ai.frontierwatch.models.Api;
import ai.frontierwatch.models.CatalogEvents;
import ai.frontierwatch.models.service.VendorService;
import ai.frontierwatch.models.service.VendorService.VendorInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    @Inject
    VendorService vendors;

    @Test
    void changesMadeWhileTheBrokerIsDownArriveOnceItIsBack() {
        TestInfrastructure.kafka().stop();
        String vendorId;
        String modelId;
        String benchmarkId;
        String resultId;
        try {
            vendorId = Api.create("/api/v1/vendors", "{\"slug\":\"outage-labs\",\"name\":\"Outage Labs\"}");
            modelId = Api.create("/api/v1/models", "{\"slug\":\"outage-1\",\"name\":\"Outage 1\",\"vendor\":\"outage-labs\","
                    + "\"parameterCount\":7000000000,\"contextWindow\":32768,\"pricing\":{\"inputPerMillion\":0.5,"
                    + "\"outputPerMillion\":1.5,\"currency\":\"USD\",\"asOf\":\"2025-11-01\"}}");
            benchmarkId = Api.create("/api/v1/benchmarks", "{\"slug\":\"outage-eval\",\"name\":\"Outage Eval\",\"unit\":\"SCORE\"}");
            resultId = Api.create("/api/v1/results", """
                    {"model":"outage-1","benchmark":"outage-eval","value":3.5,"conditions":["pass@1"],
                     "sources":[{"articleId":"a-1","quote":"3.5","reportedBy":"FIRST_PARTY"}]}""");
            given().delete("/api/v1/results/" + resultId).then().statusCode(204);
        } finally {
            TestInfrastructure.kafka().start();
        }
        Set<String> ids = Set.of(vendorId, modelId, benchmarkId, resultId);
        List<EventEnvelope> events = await().atMost(Duration.ofSeconds(90))
                .until(() -> CatalogEvents.allPublishedSoFar().stream().filter(e -> ids.contains(e.aggregateId()))
                        .toList(), list -> list.size() >= 5);
        // ordered per aggregate (one key, one partition); across aggregates the topic keeps no order
        assertThat(events).extracting(EventEnvelope::type).containsExactlyInAnyOrder(EventType.VENDOR_UPSERTED,
                EventType.MODEL_UPSERTED, EventType.BENCHMARK_UPSERTED, EventType.BENCHMARK_RESULT_UPSERTED,
                EventType.BENCHMARK_RESULT_DELETED);
        assertThat(EventCodec.payload(of(events, EventType.VENDOR_UPSERTED), VendorState.class).slug())
                .isEqualTo("outage-labs");
        ModelState model = EventCodec.payload(of(events, EventType.MODEL_UPSERTED), ModelState.class);
        assertThat(model.vendorId()).isEqualTo(vendorId);
        assertThat(model.vendorSlug()).isEqualTo("outage-labs");
        assertThat(model.parameterCount()).isEqualTo(7_000_000_000L);
        assertThat(model.contextWindow()).isEqualTo(32_768L);
        assertThat(model.pricing().inputPerMillion()).isEqualByComparingTo("0.5");
        assertThat(model.pricing().outputPerMillion()).isEqualByComparingTo("1.5");
        assertThat(model.pricing().currency()).isEqualTo("USD");
        assertThat(model.pricing().asOf()).isEqualTo(java.time.LocalDate.of(2025, 11, 1));
        assertThat(EventCodec.payload(of(events, EventType.BENCHMARK_UPSERTED), BenchmarkState.class).unit())
                .isEqualTo("SCORE");
        EventEnvelope upsert = of(events, EventType.BENCHMARK_RESULT_UPSERTED);
        BenchmarkResultState result = EventCodec.payload(upsert, BenchmarkResultState.class);
        assertThat(result.conditions()).isEqualTo("pass@1");
        assertThat(result.sources().get(0).articleId()).isEqualTo("a-1");
        assertThat(upsert.aggregateVersion()).isEqualTo(1);
        EventEnvelope deleted = of(events, EventType.BENCHMARK_RESULT_DELETED);
        assertThat(deleted.aggregateVersion()).isEqualTo(2);
        assertThat(deleted.key()).isEqualTo("benchmark_result:" + resultId);
        assertThat(events.stream().filter(e -> e.aggregateId().equals(resultId)).map(EventEnvelope::type))
                .containsExactly(EventType.BENCHMARK_RESULT_UPSERTED, EventType.BENCHMARK_RESULT_DELETED);
    }

    private static EventEnvelope of(List<EventEnvelope> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    @Test
    void aRolledBackWriteLeavesNeitherDataNorEvent() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            vendors.create(new VendorInput("rolled-back", "Rolled Back", List.of(), null, null));
            throw new IllegalStateException("a later step of the same transaction fails");
        })).hasMessageContaining("a later step");
        given().get("/api/v1/vendors/rolled-back").then().statusCode(404);
        List<EventEnvelope> events = CatalogEvents.allPublishedSoFar();
        assertThat(events).noneMatch(e -> e.type() == EventType.VENDOR_UPSERTED
                && EventCodec.payload(e, VendorState.class).slug().equals("rolled-back"));
    }

    @Test
    void concurrentCreatorsOfOneSlugGetOneEntityAndOneEvent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                writers.add(() -> given().contentType("application/json")
                        .body("{\"slug\":\"race-labs\",\"name\":\"Race Labs\"}").post("/api/v1/vendors")
                        .then().extract().statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(writers)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().sorted().toList()).containsExactly(201, 409, 409, 409);
        List<EventEnvelope> events = CatalogEvents.allPublishedSoFar();
        assertThat(events.stream().filter(e -> e.type() == EventType.VENDOR_UPSERTED)
                .map(e -> EventCodec.payload(e, VendorState.class).slug()).filter("race-labs"::equals)
                .collect(Collectors.toList())).hasSize(1);
    }

}
