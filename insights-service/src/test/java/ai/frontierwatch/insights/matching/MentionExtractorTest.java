package ai.frontierwatch.insights.matching;

import static ai.frontierwatch.insights.fixtures.CatalogFixture.model;
import static ai.frontierwatch.insights.fixtures.CatalogFixture.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.insights.domain.Mention;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.fixtures.MarkdownArticles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private final Catalogue catalogue = CatalogFixture.load().catalogue();

    private Map<String, Integer> counts(String title, String body) {
        return MentionExtractor.extract(catalogue, title, body).stream()
                .collect(Collectors.toMap(Mention::entityId, Mention::count));
    }

    @Test
    void everyAliasScriptSpacingCaseAndWidthVariantIsTheSameModel() {
        assertThat(counts(null, "GPT-5.2、gpt5.2、GPT 5.2、ＧＰＴ－５．２ 和 Gpt-5.2")).containsExactlyEntriesOf(Map.of(model("gpt-5-2"), 5));
        assertThat(counts(null, "Gemini 3.0 Pro 与 Gemini3 Pro 以及 gemini 3 pro")).containsExactlyEntriesOf(Map.of(model("gemini-3-pro"), 3));
        assertThat(counts(null, "通義千問、通义千问、千问和 Qwen")).containsExactlyEntriesOf(Map.of(model("qwen"), 4));
    }

    @Test
    void vendorPrefixedCompoundsYieldVendorAndModel() {
        List<Mention> mentions = MentionExtractor.extract(catalogue, null, "智谱GLM-4.6 发布");
        assertThat(mentions).extracting(Mention::entityId).containsExactly(vendor("zhipu"), model("glm-4-6"));
        assertThat(mentions.get(1).positions().get(0)).isEqualTo(new Mention.Position("body", 2, 9, "GLM-4.6"));
    }

    @Test
    void aShorterNameInsideALongerOneAUrlOrAGpuIsNotAMention() {
        assertThat(counts(null, "GPT-5.2 发布")).containsOnlyKeys(model("gpt-5-2"));
        // Each is another model (discovered while the catalogue does not know it), never GPT-5.
        assertThat(counts(null, "GPT-5-mini 和 GPT-5o")).containsOnlyKeys("discovered:5-gpt-mini", "discovered:5o-gpt");
        assertThat(counts(null, "见 https://example.com/gpt-5.2-and-qwen 与 [链接](https://x.ai/GLM-4.6)")).isEmpty();
        assertThat(counts(null, "10000 张 H100 和 A100 GPU")).isEmpty();
        assertThat(counts(null, "metadata about gpt-50")).doesNotContainKey(model("gpt-5"));
        assertThat(counts(null, "GPT-5. Then GPT-5 again")).containsExactlyEntriesOf(Map.of(model("gpt-5"), 2));
    }

    @Test
    void fixtureDigestMentionsWithCountsAndTitle() {
        var article = MarkdownArticles.parse("a1", MarkdownArticles.resource("digest-zh-hans.md"), null, "zh-Hans");
        List<Mention> mentions = MentionExtractor.extract(catalogue, article.title(), article.plainText());
        Map<String, Integer> counts = mentions.stream().collect(Collectors.toMap(Mention::entityId, Mention::count));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                vendor("zhipu"), 2, model("glm-4-6"), 2, model("qwen"), 2, model("gpt-5"), 1, model("gpt-5-2"), 1,
                model("qwen3-max"), 1));
        Mention qwen = mentions.stream().filter(m -> m.entityId().equals(model("qwen"))).findFirst().orElseThrow();
        assertThat(qwen.positions()).extracting(Mention.Position::field, Mention.Position::surface)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "通义千问"),
                        org.assertj.core.groups.Tuple.tuple("body", "通義千問"));
    }

    @Test
    void ambiguousNamesCreditNoOne() {
        var a = new ai.frontierwatch.contracts.catalog.ModelState("m1", "x-1", "Nova", null, null, List.of(), null, null, null, null);
        var b = new ai.frontierwatch.contracts.catalog.ModelState("m2", "x-2", "Nova 2", null, null, List.of("nova"), null, null, null, null);
        Catalogue twoNovas = new Catalogue(List.of(a, b), List.of(), List.of());
        assertThat(MentionExtractor.extract(twoNovas, null, "Nova is out; so is Nova 2")).extracting(Mention::entityId).containsExactly("m2");
    }

    @Test
    void aShortNameTheDocumentUsesForAModelItNamesInFullIsThatModel() {
        ArticleText text = ArticleText.of(catalogue, null, "Moonshot released Kimi K2.5 today. K2.5 leads; K2.5 is open.");
        Map<String, Integer> withShortNames = MentionExtractor.extract(text,
                        ai.frontierwatch.insights.claims.ShortNames.bodyHits(text)).stream()
                .collect(Collectors.toMap(Mention::entityId, Mention::count));
        assertThat(withShortNames).containsEntry("discovered:k2.5-kimi", 3);
    }

    @Test
    void aNameThatBeginsWithABenchmarksNameIsNoNewModel() {
        assertThat(counts(null, "顶级大模型ARC-AGI-2测试不及格；the AIME25 model score drops with Q8_0")).isEmpty();
        assertThat(counts(null, "SuperLab released Photon-1 today")).containsOnlyKeys("discovered:1-photon");
    }

    @Test
    void aSiblingShortNameIsTheModelOfTheSameBrand() {
        ArticleText text = ArticleText.of(catalogue, null,
                "Moonshot released Kimi K3 today. It beats K2.5 on SWE-bench; K3 leads. Agents built on K2.5 follow.");
        Map<String, Integer> counts = MentionExtractor.extract(text,
                        ai.frontierwatch.insights.claims.ShortNames.bodyHits(text)).stream()
                .collect(Collectors.toMap(Mention::entityId, Mention::count));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("discovered:k3-kimi", 2, "discovered:k2.5-kimi", 2));
        // two brands writing short names with the same letter: "K2.5" stays unread as either
        ArticleText two = ArticleText.of(catalogue, null, "Kimi K3 and Kling K2 are out. K2.5 is older.");
        assertThat(MentionExtractor.extract(two, java.util.List.of())).extracting(Mention::entityId)
                .doesNotContain("discovered:k2.5-kimi");
    }

    @Test
    void aNewNameOnlyWishedForIsNoDiscoveredModelAKnownOneStaysAMention() {
        assertThat(counts(null, "Commenters kept asking about smaller variants such as GLM-5.9 Air or a larger Gemma 9 124B."))
                .isEmpty();
        assertThat(counts(null, "A stealth model, with speculation converging on GLM-5.9 Vision."))
                .containsOnlyKeys("discovered:5.9-glm-vision");
        assertThat(counts(null, "Zhipu released GLM-5.9 Air. Users hope for GPT-5.2 pricing cuts."))
                .containsExactlyInAnyOrderEntriesOf(Map.of("discovered:5.9-air-glm", 1, model("gpt-5-2"), 1));
    }
}
