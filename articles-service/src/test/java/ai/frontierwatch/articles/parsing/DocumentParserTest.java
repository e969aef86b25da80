package ai.frontierwatch.articles.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every document shape, from the module's own fixtures (always runs). */
class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void briefingKeepsSectionsAndBothTablesWithEveryCellAndBoldMarks() {
        ParsedDocument doc = Fixtures.parse("briefing-tables.txt");
        assertThat(doc.articles()).hasSize(1);
        ParsedArticle a = doc.articles().get(0);
        assertThat(a.title()).isEqualTo("模型觀察週報：開源模型與評測競賽");
        assertThat(a.titleSource()).isEqualTo(TitleSource.HEADING);
        assertThat(a.language()).isEqualTo("zh-Hant");
        assertThat(a.summary()).startsWith("本週重點：阿里巴巴的「通義千問」");
        assertThat(a.published()).isNull();
        assertThat(a.tables()).hasSize(2);

        ParsedTable first = a.tables().get(0);
        assertThat(first.caption()).isEqualTo("程式與推理");
        assertThat(first.header()).containsExactly("評測基準 (Benchmark)", "Qwen3-Max 分數", "GLM-4.6 分數", "領先者");
        assertThat(first.rows()).containsExactly(
                List.of("SWE-bench Verified", "69.6%", "68.0%", "Qwen3-Max"),
                List.of("GPQA Diamond", "81.0%", "82.9%", "GLM-4.6"));
        assertThat(first.bold()).containsExactly(new ParsedTable.BoldCell(0, 0), new ParsedTable.BoldCell(0, 1),
                new ParsedTable.BoldCell(1, 0), new ParsedTable.BoldCell(1, 2));

        ParsedTable second = a.tables().get(1);
        assertThat(second.caption()).isEqualTo("多模態");
        assertThat(second.rows()).hasSize(3);
        assertThat(second.rows().get(2)).containsExactly("DocVQA | 英文", "96.1%", "95.0%");
        assertThat(second.bold()).containsExactly(new ParsedTable.BoldCell(0, 1), new ParsedTable.BoldCell(1, 2));

        assertThat(a.plainText()).contains("SWE-bench Verified | 69.6% | 68.0% | Qwen3-Max")
                .contains("開發者採用：下載量持續上升。").doesNotContain("**");
        assertThat(a.bodyMarkdown()).contains("| **SWE-bench Verified** | **69.6%** |");
    }

    @Test
    void digestYieldsOneArticlePerEntryWithItsOwnFields() {
        ParsedDocument doc = Fixtures.parse("digest-entries.md");
        assertThat(doc.articles()).extracting(ParsedArticle::title).containsExactly(
                "千问新版本上线：阿里巴巴加码开源生态", "智谱GLM-4.6在编程任务上表现亮眼", "Gemini 3 Deep Think 向订阅用户开放");
        assertThat(doc.articles()).extracting(ParsedArticle::category).containsExactly("模型发布", "产品评测", "行业资讯");
        assertThat(doc.articles()).extracting(ParsedArticle::source).containsExactly("前沿观察", "开发者周刊", "科技快讯");
        assertThat(doc.articles()).extracting(a -> a.keyPoints().size()).containsExactly(3, 2, 1);
        ParsedArticle first = doc.articles().get(0);
        assertThat(first.url()).isEqualTo("https://frontierwatch.example/digest/qwen-update?utm_source=wechat&utm_medium=share");
        assertThat(first.summary()).isEqualTo("阿里巴巴持续以开源策略扩大通义千问的开发者基础。");
        assertThat(first.keyPoints().get(0)).isEqualTo("版本更新：千问新版本强化了工具调用能力。");
        assertThat(first.published().at()).isEqualTo(OffsetDateTime.parse("2025-12-15T00:00:00+08:00"));
        assertThat(first.published().precision()).isEqualTo(PublishedDate.Precision.DAY);
        assertThat(first.language()).isEqualTo("zh-Hans");
        assertThat(first.metadata()).containsEntry("digest", "🤖 AI行业速递 - 2025年12月15日").containsEntry("digestEntry", 1);
        assertThat(first.plainText()).doesNotContain("智谱GLM-4.6");
        assertThat(doc.warnings()).containsExactly(
                "Section '其他相关资讯' is not an entry (no source): not stored as an article (2 links in it)");
    }

    @Test
    void dailyBriefWithoutLabelsIsSplitAtItsReadTheOriginalLinks() {
        ParsedDocument doc = Fixtures.parse("daily-brief-linked.md");
        // the editor's pick of the GLM story is listed again under its category: one article, the later listing
        assertThat(doc.articles()).extracting(ParsedArticle::title).containsExactly("推理芯片供应趋紧",
                "Frontier lab raises a new round to expand its training cluster", "GLM-4.6 在 SWE-bench Verified 上取得 68.0%",
                "通義千問 發佈新版工具調用框架", "Sparse attention cuts long-context cost");
        assertThat(doc.articles()).extracting(ParsedArticle::category).containsExactly(
                "编辑精选", "行业动态", "技术创新", "技术创新", "技术创新");
        assertThat(doc.articles()).extracting(ParsedArticle::source).containsExactly(
                "Chip Weekly", "Hacker News", "arXiv", "GitHub", "blog.frontierwatch.example");
        assertThat(doc.articles()).extracting(ParsedArticle::url).containsExactly("https://chips.frontierwatch.example/supply",
                "https://news.frontierwatch.example/lab-round?utm_source=hn", "https://arxiv.example/abs/2512.00001",
                "https://github.example/qwen/tools", "https://blog.frontierwatch.example/sparse-attention");
        assertThat(doc.articles().get(0).summary()).isEqualTo("多家云厂商反映推理芯片交付周期拉长，影响新模型上线节奏。");
        ParsedArticle glm = doc.articles().get(2);
        assertThat(glm.summary()).isEqualTo("智谱发布的技术报告显示，GLM-4.6 在 SWE-bench Verified 上取得 68.0% 的成绩。");
        assertThat(glm.published().at()).isEqualTo(OffsetDateTime.parse("2025-12-18T00:00:00+08:00"));
        assertThat(glm.tags()).containsExactly("日报");
        assertThat(glm.metadata()).containsEntry("digest", "前沿日报 · 2025年12月18日").containsEntry("digestEntry", 3);
        assertThat(glm.plainText()).doesNotContain("通義千問").doesNotContain("Hacker News");
        assertThat(doc.articles().get(3).language()).isEqualTo("zh-Hant");
    }

    @Test
    void anArticleWithOneReadMoreLinkStaysOneArticle() {
        String text = """
                # Notes on evaluation

                ## Setup

                We ran the suite twice.

                🔗 **[Read more](https://frontierwatch.example/setup)**

                ## Results

                Scores were stable.

                🔗 **[Read more](https://frontierwatch.example/results)**
                """;
        ParsedDocument doc = new DocumentParser().parse(text);
        assertThat(doc.articles()).singleElement().extracting(ParsedArticle::title).isEqualTo("Notes on evaluation");
    }

    @Test
    void frontMatterGivesTitleDateTagsAndTemplateNoiseIsRemoved() {
        ParsedArticle a = Fixtures.parse("front-matter-post.md").articles().get(0);
        assertThat(a.title()).isEqualTo("Open models close the gap on coding benchmarks");
        assertThat(a.titleSource()).isEqualTo(TitleSource.FRONT_MATTER);
        assertThat(a.published().at()).isEqualTo(OffsetDateTime.parse("2025-12-20T09:30:00+08:00"));
        assertThat(a.published().offsetAssumed()).isFalse();
        assertThat(a.tags()).containsExactly("open models", "coding", "benchmarks");
        assertThat(a.category()).isEqualTo("Analysis");
        assertThat(a.author()).isEqualTo("Frontier Watch Desk");
        assertThat(a.summary()).isEqualTo("Why open-weights models are catching up.");
        assertThat(a.url()).isEqualTo("https://frontierwatch.example/articles/open-models-gap?utm_source=rss&fbclid=abc");
        assertThat(a.source()).isEqualTo("frontierwatch.example");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.keyPoints()).containsExactly("Open models trained on more code score higher.", "Pricing keeps falling.");
        assertThat(a.bodyMarkdown()).doesNotContain("{%").doesNotContain("<div").doesNotContain("Leaderboard link available");
        assertThat(a.plainText()).contains("Read the full leaderboard.").doesNotContain("<a ");
        assertThat(a.images()).containsExactly(new Link("Coding scores chart", "https://frontierwatch.example/img/chart.png"));
        assertThat(a.links()).extracting(Link::url).containsExactly("https://frontierwatch.example/leaderboard",
                "https://frontierwatch.example/methodology");
    }

    @Test
    void plainTextTakesItsFirstLineAsTitleAndSaysSo() {
        ParsedArticle a = Fixtures.parse("plain-note.txt").articles().get(0);
        assertThat(a.title()).isEqualTo("Weekly note: Claude Opus 4.5 and the coding race");
        assertThat(a.titleSource()).isEqualTo(TitleSource.FIRST_LINE);
        assertThat(a.warnings()).containsExactly("The document has no title: its first line is used as the title");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.tables()).isEmpty();
    }

    @Test
    void unreadableDateKeepsTheArticleWithDateUnknownAndAWarning() {
        ParsedArticle a = Fixtures.parse("bad-date.md").articles().get(0);
        assertThat(a.published()).isNull();
        assertThat(a.warnings()).containsExactly(
                "The date 'sometime next tuesday' does not read as a date: the article is stored with its date unknown");
        assertThat(a.title()).isEqualTo("A post with a date nobody can read");
    }

    @Test
    void badInputIsRejectedWithTheReason() {
        assertThatThrownBy(() -> Fixtures.parse("bad-front-matter.md"))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.FRONT_MATTER_NOT_YAML));
        assertThatThrownBy(() -> DocumentText.decode(new byte[0], 100))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.EMPTY));
        assertThatThrownBy(() -> DocumentText.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), 100))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.EMPTY));
        byte[] truncated = {'#', ' ', 'A', (byte) 0xe6, (byte) 0xa8};
        assertThatThrownBy(() -> DocumentText.decode(truncated, 100))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.NOT_UTF8));
        assertThatThrownBy(() -> DocumentText.decode(new byte[101], 100))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.TOO_LARGE));
    }

    @Test
    void languagesAreToldApart() {
        assertThat(Languages.detect("阿里巴巴的通義千問持續擴大開源版圖")).isEqualTo("zh-Hant");
        assertThat(Languages.detect("阿里巴巴的通义千问持续扩大开源版图")).isEqualTo("zh-Hans");
        assertThat(Languages.detect("Open models are catching up on coding benchmarks")).isEqualTo("en");
        assertThat(Languages.detect("通义千问 Qwen release: open weights")).isEqualTo("mixed");
    }

    @Test
    void canonicalUrlsDropTrackingAndFragments() {
        assertThat(Urls.canonical("https://WWW.Example.com/a/b/?utm_source=x&id=7&fbclid=1#top"))
                .isEqualTo("https://example.com/a/b?id=7");
        assertThat(Urls.canonical("https://x.com/user/status/1?s=46&t=abc")).isEqualTo("https://x.com/user/status/1");
        assertThat(Urls.canonical("/relative/path")).isNull();
    }

    @Test
    void datesKeepTheirOffsetOrSayWhichWasAssumed() {
        assertThat(Dates.parse("2026-03-02T05:44:39.731046Z", "en").orElseThrow().at())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T05:44:39.731046Z"));
        PublishedDate day = Dates.parse("2026-02-05", "zh-Hans").orElseThrow();
        assertThat(day.at()).isEqualTo(OffsetDateTime.parse("2026-02-05T00:00:00+08:00"));
        assertThat(day.offsetAssumed()).isTrue();
        assertThat(Dates.parse("2025-12-23 10:00:00 +0800", "en").orElseThrow().at())
                .isEqualTo(OffsetDateTime.parse("2025-12-23T10:00:00+08:00"));
        assertThat(Dates.parse("yesterday", "en")).isEmpty();
        assertThat(Dates.parse("2025-13-45", "en")).isEmpty();
    }

    @Test
    void aLeadingRuleWithProseIsNotFrontMatter() {
        ParsedDocument doc = parser.parse("---\nJust a rule above a note\n---\n\nMore text.");
        assertThat(doc.articles().get(0).title()).isEqualTo("Just a rule above a note");
    }

    @Test
    void aNestedListItemShowsItsDepthInThePlainTextAndKeepsItsLinks() {
        ParsedArticle a = parser.parse("# Qwen 3.8 Max\n\n- Vals reported:\n  - **SWE-bench: 87.3%** [@ValsAI](https://x.com/v)\n"
                + "    - third level\n- Arena reported 1,305\n").articles().get(0);
        assertThat(a.plainText()).isEqualTo("Qwen 3.8 Max\n\nVals reported:\n  SWE-bench: 87.3% @ValsAI\n    third level\nArena reported 1,305");
        assertThat(a.links()).extracting(Link::url).containsExactly("https://x.com/v");
    }
}
