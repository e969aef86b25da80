package ai.frontierwatch.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.models.domain.NameEntry.Origin;
import ai.frontierwatch.models.domain.NameMatcher.Candidate;
import ai.frontierwatch.models.domain.NameMatcher.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static final UUID QWEN = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID GEMINI_3_PRO = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID GEMINI_3_DEEP_THINK = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID SWE_BENCH = UUID.fromString("00000000-0000-0000-0000-000000000004");
    private static final UUID ALIBABA = UUID.fromString("00000000-0000-0000-0000-000000000005");

    private final List<NameEntry> index = new ArrayList<>();

    NameMatcherTest() {
        index.addAll(NameMatcher.entriesFor(EntityKind.MODEL, QWEN, "qwen", "Qwen", List.of("通义千问", "千问"), "Qwen"));
        index.addAll(NameMatcher.entriesFor(EntityKind.MODEL, GEMINI_3_PRO, "gemini-3-pro", "Gemini 3 Pro",
                List.of("Gemini 3.0 Pro"), "Gemini 3"));
        index.addAll(NameMatcher.entriesFor(EntityKind.MODEL, GEMINI_3_DEEP_THINK, "gemini-3-deep-think",
                "Gemini 3 Deep Think", List.of(), "Gemini 3"));
        index.addAll(NameMatcher.entriesFor(EntityKind.BENCHMARK, SWE_BENCH, "swe-bench-verified",
                "SWE-bench Verified", List.of("SW-bench verify"), null));
        index.addAll(NameMatcher.entriesFor(EntityKind.VENDOR, ALIBABA, "alibaba", "Alibaba", List.of("阿里巴巴"), null));
    }

    @Test
    void keysFoldCaseWidthPunctuationSpacingVersionsAndScripts() {
        assertThat(NameKeys.key("Gemini 3.0 Pro")).isEqualTo("gemini3pro");
        assertThat(NameKeys.key("Gemini3 Pro")).isEqualTo("gemini3pro");
        assertThat(NameKeys.key("ＧＰＴ－５.２")).isEqualTo("gpt52");
        assertThat(NameKeys.key("gpt-5-2")).isEqualTo("gpt52");
        assertThat(NameKeys.key("GPT 5.10")).isEqualTo("gpt510");
        assertThat(NameKeys.key("Llama 3.05")).isEqualTo("llama305");
        assertThat(NameKeys.key("通義千問")).isEqualTo("通义千问");
        assertThat(NameKeys.key(" -- ")).isEmpty();
        assertThat(NameKeys.slugify("GPT-5.2 (high)")).isEqualTo("gpt-5-2-high");
    }

    @Test
    void traditionalAndSimplifiedChineseResolveToTheSameModel() {
        for (String name : List.of("通義千問", "通义千问", "Qwen", "ＱＷＥＮ", "千問")) {
            NameMatcher.Match m = NameMatcher.match(name, index);
            assertThat(m.status()).as(name).isEqualTo(Status.RESOLVED);
            assertThat(m.candidates()).extracting(Candidate::id).as(name).containsExactly(QWEN);
        }
        assertThat(NameMatcher.match("通義千問", index).candidates().get(0).matchedAlias()).isEqualTo("通义千问");
        assertThat(NameMatcher.match("通義千問", index).candidates().get(0).reason())
                .isEqualTo("matches the registered alias '通义千问'");
    }

    @Test
    void versionSpellingAndSpacingResolve() {
        for (String name : List.of("Gemini 3.0 Pro", "gemini-3-pro", "Gemini3 Pro", "GEMINI 3 PRO")) {
            NameMatcher.Match m = NameMatcher.match(name, index);
            assertThat(m.status()).as(name).isEqualTo(Status.RESOLVED);
            assertThat(m.candidates().get(0).id()).isEqualTo(GEMINI_3_PRO);
        }
        Candidate bySlug = NameMatcher.match("gemini-3-pro", index).candidates().get(0);
        assertThat(bySlug.origin()).isEqualTo(Origin.SLUG);
    }

    @Test
    void registeredMisspellingResolvesToItsBenchmark() {
        NameMatcher.Match m = NameMatcher.match("SW-bench verify", index);
        assertThat(m.status()).isEqualTo(Status.RESOLVED);
        assertThat(m.candidates()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(EntityKind.BENCHMARK);
            assertThat(c.id()).isEqualTo(SWE_BENCH);
            assertThat(c.origin()).isEqualTo(Origin.ALIAS);
        });
        assertThat(NameMatcher.match("SWE bench verify", index).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aFamilyNameIsAmbiguousAndListsEveryMemberWithTheReason() {
        NameMatcher.Match m = NameMatcher.match("Gemini3", index);
        assertThat(m.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(m.candidates()).extracting(Candidate::id).containsExactly(GEMINI_3_PRO, GEMINI_3_DEEP_THINK);
        assertThat(m.candidates()).extracting(Candidate::reason)
                .containsOnly("belongs to the family 'Gemini 3'");
    }

    @Test
    void theSameAliasOnTwoEntitiesIsAmbiguous() {
        UUID alibabaModel = UUID.randomUUID();
        index.addAll(NameMatcher.entriesFor(EntityKind.MODEL, alibabaModel, "ali-model", "Ali Model",
                List.of("阿里巴巴"), null));
        NameMatcher.Match m = NameMatcher.match("阿里巴巴", index);
        assertThat(m.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(m.candidates()).extracting(Candidate::kind).containsExactly(EntityKind.VENDOR, EntityKind.MODEL);
    }

    @Test
    void unknownAndEmptyNames() {
        assertThat(NameMatcher.match("Claude Opus 4.5", index).status()).isEqualTo(Status.UNKNOWN);
        assertThat(NameMatcher.match("!!!", index).status()).isEqualTo(Status.UNKNOWN);
    }
}
