package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

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
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEventKafkaCannotAcceptIsParkedAndTheEventsBehindItGoOnceInOrder() throws Exception {
        String poisonKey = "vendor:" + UUID.randomUUID();
        String[] ids = new String[2];
        // one transaction, so the poisoned row heads the same relay batch as the events behind it
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO outbox_event (id, topic, record_key, event_type, payload)
                    VALUES (gen_random_uuid(), 'fw.catalog.v1', ?1, 'VENDOR_UPSERTED', ?2)""")
                    .setParameter(1, poisonKey)
                    .setParameter(2, "{\"padding\":\"" + "x".repeat(1_500_000) + "\"}")
                    .executeUpdate();
            ids[0] = vendors.create(new VendorInput("behind-poison", "Behind Poison", List.of(), null, null)).id.toString();
            vendors.replace("behind-poison", new VendorInput("behind-poison", "Behind Poison Renamed", List.of(), null,
                    null));
            ids[1] = vendors.create(new VendorInput("behind-poison-two", "Behind Poison Two", List.of(), null, null)).id
                    .toString();
        });

        List<EventEnvelope> events = CatalogEvents.allPublishedSoFar();
        assertThat(events).noneMatch(e -> e.key().equals(poisonKey));
        List<EventEnvelope> first = events.stream().filter(e -> e.aggregateId().equals(ids[0])).toList();
        assertThat(first).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L);
        assertThat(first).extracting(e -> EventCodec.payload(e, VendorState.class).name())
                .containsExactly("Behind Poison", "Behind Poison Renamed");
        assertThat(events.stream().filter(e -> e.aggregateId().equals(ids[1]))).hasSize(1);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT record_key, event_type, reason, length(payload) FROM outbox_dead_letter")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(poisonKey);
            assertThat(rs.getString(2)).isEqualTo("VENDOR_UPSERTED");
            assertThat(rs.getString(3)).startsWith("RecordTooLargeException: ");
            assertThat(rs.getInt(4)).isEqualTo(1_500_000 + 14);
            assertThat(rs.next()).isFalse();
        }
        assertThat(given().get("/q/metrics").asString()).containsPattern("(?m)^fw_outbox_parked_total(\\{[^}]*})? 1\\.0$");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.state", equalTo("degraded"))
                .body("checks.find { it.name == 'outbox' }.data.parked", equalTo(1)));

        // an operator who has dealt with it removes it, and the outbox reads as ok again
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM outbox_dead_letter");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'outbox' }.data.state", equalTo("ok"))
                .body("checks.find { it.name == 'outbox' }.data.parked", equalTo(0)));
    }

    @Test
    void changesMadeWhileTheBrokerIsDownArriveOnceItIsBack() {
        long publishedBefore = CatalogEvents.countPublishedSoFar();
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
            // the service stays in the Service: the five events wait in the outbox, the broker shows as degraded
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("unreachable"))
                    .body("checks.find { it.name == 'kafka' }.data.state", equalTo("degraded"))
                    .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(5)));
        } finally {
            TestInfrastructure.kafka().start();
        }
        Set<String> ids = Set.of(vendorId, modelId, benchmarkId, resultId);
        List<EventEnvelope> events = await().atMost(Duration.ofSeconds(90))
                .until(() -> CatalogEvents.allPublishedSoFar().stream().filter(e -> ids.contains(e.aggregateId()))
                        .toList(), list -> list.size() >= 5);
        // ordered per aggregate (one key, one partition); across aggregates the topic keeps no order
        // once per write: nothing lost, nothing sent twice
        assertThat(CatalogEvents.countPublishedSoFar()).isEqualTo(publishedBefore + 5);
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
