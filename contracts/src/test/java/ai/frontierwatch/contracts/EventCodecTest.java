package ai.frontierwatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.contracts.insights.ClaimConflictDetected;
import ai.frontierwatch.contracts.insights.StateOfTheArtChanged;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySampleDecodesToItsPayloadRecordWithoutLosingAField(EventType type) throws Exception {
        EventEnvelope envelope = ContractSamples.envelope(type);
        assertThat(envelope.type()).isEqualTo(type);

        Record payload = EventCodec.payload(envelope, type.payloadType());
        JsonNode reencoded = EventCodec.mapper().valueToTree(payload);
        // Every field of the sample maps to a record component: the sample and the record agree.
        for (Iterator<String> it = envelope.payload().fieldNames(); it.hasNext();) {
            String field = it.next();
            assertThat(reencoded.has(field)).as("%s.%s is part of %s", type, field,
                    type.payloadType().getSimpleName()).isTrue();
        }
        assertThat(reencoded.size()).as("record components of %s", type).isEqualTo(envelope.payload().size());
    }

    @Test
    void roundTripKeepsEveryValue() {
        Clock clock = Clock.fixed(Instant.parse("2025-12-12T00:00:00Z"), ZoneOffset.UTC);
        var model = new ModelState("m1", "gpt-5-2", "GPT-5.2", "v1", "openai", List.of("GPT 5.2"), "GPT-5",
                "TEXT", null, false);
        EventEnvelope sent = EventCodec.envelope(EventType.MODEL_UPSERTED, "m1", 7, model, clock);

        EventEnvelope received = EventCodec.fromJson(EventCodec.toJson(sent));

        assertThat(received).isEqualTo(sent);
        assertThat(received.key()).isEqualTo("model:m1");
        assertThat(received.aggregateVersion()).isEqualTo(7);
        assertThat(EventCodec.payload(received, ModelState.class)).isEqualTo(model);
    }

    @Test
    void encodingInOnePassWritesTheSameEnvelopeAsTheTree() {
        Clock clock = Clock.fixed(Instant.parse("2025-12-12T00:00:00Z"), ZoneOffset.UTC);
        var model = new ModelState("m1", "gpt-5-2", "GPT-5.2", "v1", "openai", List.of("GPT 5.2"), "GPT-5",
                "TEXT", java.time.LocalDate.of(2025, 12, 11), false, 1_000L, 400_000L,
                new ModelState.Pricing(new java.math.BigDecimal("1.75"), new java.math.BigDecimal("14"), "USD",
                        java.time.LocalDate.of(2025, 12, 11)));

        EventCodec.Encoded encoded = EventCodec.encode(EventType.MODEL_UPSERTED, "m1", 4, model, clock);
        EventEnvelope viaTree = EventCodec.envelope(EventType.MODEL_UPSERTED, "m1", 4, model, clock);

        EventEnvelope decoded = EventCodec.fromJson(encoded.json());
        assertThat(decoded.id()).isEqualTo(encoded.id());
        assertThat(encoded.key()).isEqualTo("model:m1").isEqualTo(decoded.key());
        assertThat(encoded.json()).isEqualTo(EventCodec.toJson(new EventEnvelope(encoded.id(), viaTree.type(),
                viaTree.schemaVersion(), viaTree.occurredAt(), viaTree.aggregateId(), viaTree.aggregateVersion(),
                viaTree.payload())));
        assertThat(EventCodec.payload(decoded, ModelState.class)).isEqualTo(model);
        assertThatThrownBy(() -> EventCodec.encode(EventType.VENDOR_UPSERTED, "m1", 1, model, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payloadTypeMustMatchEventType() {
        var vendor = new VendorState("v1", "openai", "OpenAI", List.of(), "US", null);
        assertThatThrownBy(() -> EventCodec.envelope(EventType.MODEL_UPSERTED, "v1", 1, vendor, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ModelState");
    }

    @Test
    void malformedInputIsRejectedWithAClearException() {
        assertThatThrownBy(() -> EventCodec.fromJson("{\"type\":\"NO_SUCH_TYPE\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("not json"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("{\"id\":\"0b6f8a40-1d6e-4c51-9d0e-000000000001\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }

    @Test
    void catalogAndArticleEventsGoToTheirOwnTopics() {
        assertThat(EventType.BENCHMARK_RESULT_UPSERTED.topic()).isEqualTo(Topics.CATALOG);
        assertThat(EventType.ARTICLE_DELETED.topic()).isEqualTo(Topics.ARTICLES);
        BenchmarkResultState result = EventCodec.payload(
                ContractSamples.envelope(EventType.BENCHMARK_RESULT_UPSERTED), BenchmarkResultState.class);
        assertThat(result.value()).isEqualTo(80.0);
        assertThat(result.sources()).singleElement().extracting(BenchmarkResultState.SourceRef::reportedBy)
                .isEqualTo("FIRST_PARTY");
        ArticleState article = EventCodec.payload(ContractSamples.envelope(EventType.ARTICLE_PUBLISHED),
                ArticleState.class);
        assertThat(article.tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(1));
    }

    @Test
    void articleTablesCarryTheirBoldCells() throws Exception {
        EventEnvelope sample = ContractSamples.envelope(EventType.ARTICLE_PUBLISHED);
        ArticleState article = EventCodec.payload(sample, ArticleState.class);
        ArticleState.Table table = article.tables().get(0);
        assertThat(table.header()).containsExactly("Benchmark", "Qwen");
        assertThat(table.rows()).containsExactly(List.of("SWE-bench Verified", "70.4%"));
        assertThat(table.bold()).containsExactly(new ArticleState.BoldCell(0, 1));
        // the table as the sample writes it, nothing lost or added on the way back
        JsonNode written = EventCodec.mapper().valueToTree(table);
        assertThat(written).isEqualTo(sample.payload().get("tables").get(0));

        // a header cell (row -1) survives the round trip
        var bolded = new ArticleState.Table("Coding", List.of("Benchmark", "GLM-4.6"),
                List.of(List.of("GPQA Diamond", "82.9%")),
                List.of(new ArticleState.BoldCell(-1, 1), new ArticleState.BoldCell(0, 1)));
        var state = new ArticleState("a1", "GLM-4.6", "https://example.com/glm", "Example News", null, "en", null,
                List.of(), "GLM-4.6 scores 82.9%.", List.of(bolded), "sha256:01");
        EventEnvelope sent = EventCodec.envelope(EventType.ARTICLE_PUBLISHED, "a1", 1, state,
                Clock.fixed(Instant.parse("2025-12-12T00:00:00Z"), ZoneOffset.UTC));
        assertThat(EventCodec.payload(EventCodec.fromJson(EventCodec.toJson(sent)), ArticleState.class)
                .tables().get(0).bold()).containsExactly(new ArticleState.BoldCell(-1, 1), new ArticleState.BoldCell(0, 1));
    }

    @Test
    void articleEventsWrittenBeforeBoldCellsStillDecode() {
        String old = ContractSamples.json(EventType.ARTICLE_PUBLISHED).replace(",\"bold\":[{\"row\":0,\"column\":1}]", "")
                .replace(",\"notes\":\"注：SWE-bench Verified 使用 OpenHands 框架评测\"", "");
        assertThat(old).doesNotContain("bold").doesNotContain("notes");

        ArticleState article = EventCodec.payload(EventCodec.fromJson(old), ArticleState.class);

        assertThat(article.tables()).singleElement().satisfies(t -> {
            assertThat(t.rows()).containsExactly(List.of("SWE-bench Verified", "70.4%"));
            assertThat(t.bold()).isEmpty();
            assertThat(t.notes()).isNull();
        });
        // and producers that know no bold cells still build tables with the three-argument constructor
        assertThat(new ArticleState.Table(null, List.of("a"), List.of()).bold()).isEmpty();
        assertThat(new ArticleState.Table(null, List.of("a"), List.of(), List.of()).notes()).isNull();
    }

    @Test
    void articleTablesCarryTheNoteWrittenUnderThem() {
        EventEnvelope sample = ContractSamples.envelope(EventType.ARTICLE_PUBLISHED);
        ArticleState.Table table = EventCodec.payload(sample, ArticleState.class).tables().get(0);
        assertThat(table.notes()).isEqualTo("注：SWE-bench Verified 使用 OpenHands 框架评测");

        var noted = new ArticleState.Table("Agentic coding", List.of("Benchmark", "GLM-4.6"),
                List.of(List.of("SWE-bench Verified", "68.0")), List.of(), "* with tools");
        var state = new ArticleState("a2", "GLM-4.6", "https://example.com/glm", "Example News", null, "en", null,
                List.of(), "GLM-4.6 scores 68.0.", List.of(noted), "sha256:02");
        EventEnvelope sent = EventCodec.envelope(EventType.ARTICLE_PUBLISHED, "a2", 1, state,
                Clock.fixed(Instant.parse("2025-12-12T00:00:00Z"), ZoneOffset.UTC));
        assertThat(EventCodec.payload(EventCodec.fromJson(EventCodec.toJson(sent)), ArticleState.class)
                .tables().get(0).notes()).isEqualTo("* with tools");
    }

    @Test
    void insightEventsGoToTheInsightsTopicKeyedByBenchmarkAndByClaim() {
        EventEnvelope sota = ContractSamples.envelope(EventType.STATE_OF_THE_ART_CHANGED);
        assertThat(sota.type().topic()).isEqualTo(Topics.INSIGHTS);
        assertThat(sota.key()).isEqualTo("leaderboard:7d1c6f2e-0000-4000-8000-000000000003");
        StateOfTheArtChanged change = EventCodec.payload(sota, StateOfTheArtChanged.class);
        assertThat(change.benchmarkId()).isEqualTo(sota.aggregateId());
        assertThat(change.modelSlug()).isEqualTo("qwen");
        assertThat(change.value()).isEqualTo(80.0);
        assertThat(change.previousValue()).isEqualTo(76.3);
        assertThat(change.asOf()).isEqualTo(LocalDate.of(2025, 12, 11));

        EventEnvelope conflict = ContractSamples.envelope(EventType.CLAIM_CONFLICT_DETECTED);
        assertThat(conflict.type().topic()).isEqualTo(Topics.INSIGHTS);
        assertThat(conflict.key()).isEqualTo("claim:3f0c2b8e-5a4d-3c1b-9e7f-000000000007");
        ClaimConflictDetected claim = EventCodec.payload(conflict, ClaimConflictDetected.class);
        assertThat(claim.claimId()).isEqualTo(conflict.aggregateId());
        assertThat(claim.claimedValue()).isEqualTo(70.4);
        assertThat(claim.recorded()).singleElement().extracting(ClaimConflictDetected.Recorded::value).isEqualTo(80.0);
    }
}
