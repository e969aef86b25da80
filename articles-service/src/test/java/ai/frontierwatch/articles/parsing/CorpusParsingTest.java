package ai.frontierwatch.articles.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real articles of the shared corpus parse into the right articles (skips when the corpus is absent). */
class CorpusParsingTest {

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(String prefix) {
        return parser.parse(DocumentText.decode(SharedCorpus.bytes(SharedCorpus.file(prefix)), 5 * 1024 * 1024));
    }

    @Test
    void briefingKeepsBothBenchmarkTablesWithAllCells() {
        ParsedDocument doc = parse("000_");
        assertThat(doc.articles()).hasSize(1);
        ParsedArticle a = doc.articles().get(0);
        assertThat(a.title()).isEqualTo("M觀點 EP260 簡報：AI 產業競爭與創作者經濟趨勢分析");
        assertThat(a.language()).isEqualTo("zh-Hant");
        assertThat(a.summary()).startsWith("本簡報綜合分析了近期人工智慧（AI）產業的兩大關鍵動態");
        assertThat(a.tables()).hasSize(2);

        ParsedTable core = a.tables().get(0);
        assertThat(core.caption()).isEqualTo("關鍵指標超越 Gemini 3.0 Pro");
        assertThat(core.header()).containsExactly("評測基準 (Benchmark)", "領域", "GPT-5.2 分數", "Gemini 3.0 Pro 分數", "領先者");
        assertThat(core.rows()).containsExactly(
                List.of("SW-bench verify", "程式編寫能力", "80.0%", "76.2%", "GPT-5.2"),
                List.of("GPQA Diamond", "研究所等級知識與推理", "92.4%", "91.9%", "GPT-5.2"),
                List.of("AIME2024", "競賽級數學能力", "100%", "95.0%", "GPT-5.2"),
                List.of("AGI-2", "AGI 綜合能力測試", "52.9%", "31.1%", "GPT-5.2"));
        assertThat(core.bold()).contains(new ParsedTable.BoldCell(0, 0), new ParsedTable.BoldCell(0, 2))
                .doesNotContain(new ParsedTable.BoldCell(0, 3)).hasSize(8);

        ParsedTable multimodal = a.tables().get(1);
        assertThat(multimodal.caption()).isEqualTo("多模態能力評比");
        assertThat(multimodal.rows()).containsExactly(
                List.of("SP-Pro", "螢幕畫面理解", "86.3%", "72.7%", "GPT-5.2"),
                List.of("Chart-SR", "圖表數據理解", "88.7%", "81.4%", "GPT-5.2"),
                List.of("MMU-Pro", "綜合多模態能力", "80.4%", "81.0%", "Gemini 3.0 Pro"));
        // MMU-Pro: Gemini's 81.0% is the bold one, not GPT-5.2's 80.4%
        assertThat(multimodal.bold()).contains(new ParsedTable.BoldCell(2, 3)).doesNotContain(new ParsedTable.BoldCell(2, 2));
        assertThat(a.plainText()).contains("GPT-5.2 在 SW-bench verify 指標上獲得 80% 的高分");
    }

    @Test
    void digestGivesTenEntriesWithTitlesCategoriesSourcesLinksAndBullets() {
        ParsedDocument doc = parse("001_");
        List<ParsedArticle> entries = doc.articles();
        assertThat(entries).hasSize(10);
        assertThat(entries).extracting(ParsedArticle::title).startsWith(
                "Sam Altman 重新定义 OpenAI：从基础模型到 AI 超级系统的战略转型",
                "AI博士就业困境：技术与市场脱节下的人才两极分化",
                "GLM-4.6 VS DeepSeek V3.2实测对比：国产模型在代码生成与交互界面上的突破性进展")
                .endsWith("AI芯片投资陷阱：普通人如何被骗走7405万元");
        assertThat(entries).extracting(ParsedArticle::category).containsExactly("观点洞察", "深度行业分析", "产品与商业模式",
                "深度行业分析", "深度行业分析", "产品与商业模式", "市场动态", "市场动态", "非AI", "非AI");
        assertThat(entries).extracting(ParsedArticle::source).containsExactly("Founder Park", "互联网AI早读课",
                "卡尔的霍格沃茨", "AIGC新智界", "AI产品榜", "腾讯研究院", "共识粉碎机", "互联网AI早读课", "互联网AI早读课",
                "互联网AI早读课");
        assertThat(entries).extracting(ParsedArticle::url).containsExactly(
                "https://mp.weixin.qq.com/s/8xpRmUactK0sHNSOWmF69Q", "https://mp.weixin.qq.com/s/hE_u_PJwVny5oKoYuXJRsQ",
                "https://mp.weixin.qq.com/s/uFkrwXxNlQ1SbH5i-DRsGw", "https://mp.weixin.qq.com/s/3h7eXlaffiv_UG0zQsW0iw",
                "https://mp.weixin.qq.com/s/vaS-gon9DQ0NJqMKA3hakA", "https://mp.weixin.qq.com/s/ZzyMyp-9EVNZhbrTchSYQw",
                "https://mp.weixin.qq.com/s/tIhAG82HAHxJ_Y4AYAOgrg", "https://mp.weixin.qq.com/s/7hxAGNbE6b0Fq-2ySErIjg",
                "https://mp.weixin.qq.com/s/Tnbi80FcsHPOFKwp6WX77g", "https://mp.weixin.qq.com/s/I0CYKZB0uIqu4pYhSJ5jqQ");
        assertThat(entries).extracting(a -> a.keyPoints().size()).containsExactly(5, 5, 7, 5, 5, 4, 5, 4, 5, 5);
        assertThat(entries).allSatisfy(a -> {
            assertThat(a.published().at()).isEqualTo(OffsetDateTime.parse("2025-10-10T00:00:00+08:00"));
            assertThat(a.language()).isEqualTo("zh-Hans");
            assertThat(a.summary()).isNotBlank();
        });
        assertThat(entries.get(0).summary()).startsWith("Sam Altman 的战略转向揭示了 AI 产业正从「能力竞赛」转向「系统整合」");
        assertThat(entries.get(2).keyPoints().get(5)).startsWith("价格优势：GLM-4.6定价为1.99元/百万tokens");
        assertThat(doc.warnings()).singleElement().asString().contains("其他相关资讯").contains("3 links");
    }

    @Test
    void blogPostHasItsFrontMatterTitleDateAndTags() {
        ParsedDocument doc = parse("002_");
        assertThat(doc.articles()).hasSize(1);
        ParsedArticle a = doc.articles().get(0);
        assertThat(a.title()).isEqualTo("sam altman openai strategy");
        assertThat(a.titleSource()).isEqualTo(TitleSource.FRONT_MATTER);
        assertThat(a.published().at()).isEqualTo(OffsetDateTime.parse("2025-12-23T00:53:32+08:00"));
        assertThat(a.published().offsetAssumed()).isFalse();
        assertThat(a.tags()).containsExactly("AI");
        assertThat(a.category()).isEqualTo("AI");
        assertThat(a.language()).isEqualTo("zh-Hant");
        assertThat(a.links()).extracting(Link::url).contains(
                "https://podcasts.apple.com/in/podcast/sam-altman-how-openai-wins-ai-buildout-logic-ipo-in-2026/id1522960417?i=1000741901091");
        assertThat(a.plainText()).contains("Code Red 的真相：OpenAI 怎麼看待競爭").doesNotContain("draft: false");
    }

    @Test
    void everyExternalDocumentParsesOrIsRejectedForAStatedReason() {
        int articles = 0;
        int rejected = 0;
        int digests = 0;
        for (var file : SharedCorpus.ext()) {
            try {
                ParsedDocument doc = parser.parse(DocumentText.decode(SharedCorpus.bytes(file), 5 * 1024 * 1024));
                for (ParsedArticle a : doc.articles()) {
                    assertThat(a.title()).as(file.toString()).isNotBlank();
                    assertThat(a.language()).isIn("zh-Hans", "zh-Hant", "en", "mixed");
                }
                articles += doc.articles().size();
                digests += doc.articles().size() > 1 ? 1 : 0;
            } catch (DocumentRejectedException e) {
                assertThat(e.reason()).as(file.toString()).isEqualTo(DocumentRejectedException.Reason.NOT_UTF8);
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(1);
        // the 150 daily briefs are digests of 20 to 79 stories each; the other 149 documents are one article each
        // (2026-07-24 has 35 stories: a summary cut off inside an HTML tag does not swallow the two headings after it)
        assertThat(digests).isEqualTo(150);
        assertThat(articles).isEqualTo(149 + 5188);
    }

    @Test
    void dailyBriefIsSplitIntoItsStoriesWithCategorySourceAndLink() {
        var file = SharedCorpus.dir().resolve("ext/Ming-H__ai-insights/2026-02-05-index.md");
        ParsedDocument doc = parser.parse(DocumentText.decode(SharedCorpus.bytes(file), 5 * 1024 * 1024));
        // five editor's picks are listed again under their categories: 30 stories, not 35
        assertThat(doc.articles()).hasSize(30);
        assertThat(doc.articles()).extracting(ParsedArticle::url).doesNotHaveDuplicates();
        ParsedArticle first = doc.articles().get(0);
        assertThat(first.title()).isEqualTo("微软发布Paza：首个覆盖39种非洲语言的语音识别基准");
        assertThat(first.category()).isEqualTo("学术前沿");
        assertThat(first.source()).isEqualTo("Microsoft Research");
        assertThat(first.summary()).startsWith("微软研究院发布Paza语音管道及PazaBench基准");
        assertThat(first.published().at()).isEqualTo(OffsetDateTime.parse("2026-02-05T00:00:00+08:00"));
        assertThat(first.metadata()).containsEntry("digest", "AI每日热点 · 2026年02月05日");
        assertThat(doc.articles()).extracting(ParsedArticle::category).containsOnly(
                "学术前沿", "开发工具", "AI Agent", "企业应用", "消费产品", "行业资讯");
        assertThat(doc.articles()).filteredOn(a -> a.url().equals("https://github.com/taranis-ai/taranis-ai"))
                .singleElement().extracting(ParsedArticle::source).isEqualTo("GitHub");
    }
}
