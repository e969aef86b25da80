package ai.frontierwatch.insights.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.matching.Catalogue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableClaimsTest {

    private static ModelState model(String id, String name, String... aliases) {
        return new ModelState(id, id, name, "v", "v", List.of(aliases), null, null, null, null);
    }

    private static BenchmarkState benchmark(String id, String name, String unit, String... aliases) {
        return new BenchmarkState(id, id, name, List.of(aliases), "GENERAL", unit, true, 0.0,
                "PERCENT".equals(unit) ? 100.0 : null);
    }

    private final Catalogue catalogue = new Catalogue(List.of(
            model("llama-405b", "Llama-3.1-405B"), model("llama-405b-instruct", "Llama-3.1-405B-Instruct"),
            model("deepseek-v2", "DeepSeek-V2"), model("deepseek-v2-5", "DeepSeek-V2.5"),
            model("maverick", "Llama 4 Maverick"), model("gpt-4o-mini", "GPT-4o mini", "GPT-4o-mini")), List.of(),
            List.of(benchmark("mmlu", "MMLU", "PERCENT"), benchmark("gpqa", "GPQA Diamond", "PERCENT", "GPQA-Diamond"),
                    benchmark("arena", "LMArena Text", "ELO", "LMArena")));

    private static ArticleState.Table table(String caption, String header, String... rows) {
        return new ArticleState.Table(caption, cells(header), Arrays.stream(rows).map(TableClaimsTest::cells).toList());
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.split("\\|", -1)).map(String::strip).toList();
    }

    private List<ExtractedClaim> read(String text, ArticleState.Table... tables) {
        return TableClaims.read(catalogue, List.of(tables), text);
    }

    @Test
    void modelsInColumnsWithCategoryShotsAndMetricColumns() {
        List<ExtractedClaim> claims = read("", table("Instruction tuned models",
                "Category | Benchmark | # Shots | Metric | Llama 3.1 405B | Llama 4 Maverick | Qwen2.5-7B-Instruct",
                "Reasoning | MMLU | 5 | macro_avg/em | 73.4 | 80.5 | 74.1",
                "Reasoning | GPQA Diamond | 0 | accuracy | 49.0 | 69.8 | -",
                "Image | ChartQA | 0 | relaxed_accuracy | No multimodal support | 90.0 | N/A"));
        assertThat(claims).extracting(ExtractedClaim::locator, ExtractedClaim::modelName, ExtractedClaim::modelId,
                ExtractedClaim::benchmarkName, ExtractedClaim::benchmarkId, ExtractedClaim::value,
                ExtractedClaim::conditions).containsExactly(
                // In an instruction-tuned table a bare "Llama 3.1 405B" is the instruct sibling of the catalogue.
                tuple("t0r0c4", "Llama 3.1 405B", "llama-405b-instruct", "MMLU", "mmlu", 73.4, "5-shot;macro_avg/em"),
                tuple("t0r0c5", "Llama 4 Maverick", "maverick", "MMLU", "mmlu", 80.5, "5-shot;macro_avg/em"),
                // Not in the catalogue: kept with the name as written.
                tuple("t0r0c6", "Qwen2.5-7B-Instruct", "discovered:2.5-7b-instruct-qwen", "MMLU", "mmlu", 74.1, "5-shot;macro_avg/em"),
                tuple("t0r1c4", "Llama 3.1 405B", "llama-405b-instruct", "GPQA Diamond", "gpqa", 49.0, "0-shot;accuracy"),
                tuple("t0r1c5", "Llama 4 Maverick", "maverick", "GPQA Diamond", "gpqa", 69.8, "0-shot;accuracy"),
                tuple("t0r2c5", "Llama 4 Maverick", "maverick", "ChartQA", null, 90.0, "0-shot;relaxed_accuracy"));
    }

    @Test
    void aBaseSectionNeverLandsOnAChatOrUnmarkedProductEntry() {
        List<ExtractedClaim> claims = read("", table("Pre-trained models",
                "Benchmark | LLama3.1-405B | DeepSeek-V2 | Llama 4 Maverick",
                "MMLU | 85.2 | 78.5 | 85.5"));
        assertThat(claims).extracting(ExtractedClaim::modelName, ExtractedClaim::modelId).containsExactly(
                // The catalogue also has "Llama-3.1-405B-Instruct": its unmarked entry is the base checkpoint.
                tuple("LLama3.1-405B", "llama-405b"),
                tuple("DeepSeek-V2", null),
                tuple("Llama 4 Maverick", null));
    }

    @Test
    void theSameModelsMarkedInstructElsewhereMakeAnUnmarkedTableAboutBaseCheckpoints() {
        List<ExtractedClaim> claims = read("",
                table("Benchmark Evaluation", "Model | LLama3.1-405B | DeepSeek-V2 | Hunyuan-Large",
                        "MMLU | 85.2 | 78.5 | 88.4"),
                table("Benchmark Evaluation", "Model | LLama3.1 405B Inst. | DeepSeekV2.5 Chat | Hunyuan-Large Inst.",
                        "MMLU | 87.3 | 80.4 | 89.9"));
        assertThat(claims).extracting(ExtractedClaim::locator, ExtractedClaim::modelName, ExtractedClaim::modelId,
                ExtractedClaim::value).containsExactly(
                tuple("t0r0c1", "LLama3.1-405B", "llama-405b", 85.2),
                tuple("t0r0c2", "DeepSeek-V2", null, 78.5),
                tuple("t0r0c3", "Hunyuan-Large", null, 88.4),
                tuple("t1r0c1", "LLama3.1 405B Inst.", "llama-405b-instruct", 87.3),
                // "Chat" is part of the name: it does not resolve to the unmarked "DeepSeek-V2.5" by dropping it.
                tuple("t1r0c2", "DeepSeekV2.5 Chat", "discovered:2.5-chat-deepseek", 80.4),
                tuple("t1r0c3", "Hunyuan-Large Inst.", null, 89.9));
    }

    @Test
    void modelsInRowsWithPercentValuesAndAFrameworkColumn() {
        List<ExtractedClaim> claims = read("", table("工具调用能力",
                "模型 | 总体准确率 | AST Summary | GPQA-Diamond (%)",
                "MiniCPM3-4B | 76.03% | 68.55% | 31.2",
                "GPT-4o-mini | 73.28% | 64.61% | 40.1"));
        assertThat(claims).extracting(ExtractedClaim::locator, ExtractedClaim::modelName, ExtractedClaim::modelId,
                ExtractedClaim::benchmarkName, ExtractedClaim::benchmarkId, ExtractedClaim::value, ExtractedClaim::unit)
                .containsExactly(
                        // "总体准确率" (overall accuracy) names no benchmark: not read.
                        tuple("t0r0c2", "MiniCPM3-4B", "discovered:3-4b-minicpm", "AST Summary", null, 68.55, "PERCENT"),
                        tuple("t0r0c3", "MiniCPM3-4B", "discovered:3-4b-minicpm", "GPQA-Diamond", "gpqa", 31.2, "PERCENT"),
                        tuple("t0r1c2", "GPT-4o-mini", "gpt-4o-mini", "AST Summary", null, 64.61, "PERCENT"),
                        tuple("t0r1c3", "GPT-4o-mini", "gpt-4o-mini", "GPQA-Diamond", "gpqa", 40.1, "PERCENT"));

        List<ExtractedClaim> agents = read("", table(null, "Model | Framework | SWE-bench Verified",
                "GLM-4-32B | Moatless | 33.8", "GLM-4-32B | OpenHands | 37.2"));
        assertThat(agents).extracting(ExtractedClaim::modelName, ExtractedClaim::value, ExtractedClaim::conditions)
                .containsExactly(tuple("GLM-4-32B", 33.8, "moatless"), tuple("GLM-4-32B", 37.2, "openhands"));
    }

    @Test
    void eachCellFormIsReadForWhatItIs() {
        List<ExtractedClaim> claims = read("部分数据标注`*`代表使用深度思考模式进行评测", table(null,
                "评测集\\\\模型 | | InternLM3-8B-Instruct | GPT-4o-mini(close source)",
                "General | CMMLU(0-shot) | **83.1** | 66.0†",
                "MATH | MATH-500(0-shot) | **83.0**\\* | 74.0 (±0.3)",
                " | LiveCodeBench(2407-2409 Pass@1) | 17.8 | 21.8 / 22.0",
                " | Arena Elo | 1,285 | -",
                " | MTOB (half book) eng->kgv/kgv->eng | 42.2/36.6 | text"));
        assertThat(claims).extracting(ExtractedClaim::locator, ExtractedClaim::modelName, ExtractedClaim::benchmarkName,
                ExtractedClaim::value, ExtractedClaim::decimals, ExtractedClaim::unit, ExtractedClaim::conditions)
                .containsExactly(
                        tuple("t0r0c2", "InternLM3-8B-Instruct", "CMMLU", 83.1, 1, null, "0-shot"),
                        tuple("t0r0c3", "GPT-4o-mini", "CMMLU", 66.0, 1, null, "0-shot"),
                        // "*" is explained under the table as thinking mode.
                        tuple("t0r1c2", "InternLM3-8B-Instruct", "MATH-500", 83.0, 1, null, "0-shot;thinking"),
                        // The spread is not a second value.
                        tuple("t0r1c3", "GPT-4o-mini", "MATH-500", 74.0, 1, null, "0-shot"),
                        tuple("t0r2c2", "InternLM3-8B-Instruct", "LiveCodeBench", 17.8, 1, null, "2407-2409;pass@1"),
                        // "21.8 / 22.0" without a label saying what the two are: skipped.
                        tuple("t0r3c2", "InternLM3-8B-Instruct", "Arena Elo", 1285.0, 0, "ELO", ""),
                        tuple("t0r4c2a", "InternLM3-8B-Instruct", "MTOB (half book)", 42.2, 1, null, "eng->kgv"),
                        tuple("t0r4c2b", "InternLM3-8B-Instruct", "MTOB (half book)", 36.6, 1, null, "kgv->eng"));
        assertThat(claims.get(1).modelId()).isEqualTo("gpt-4o-mini");
        assertThat(claims.get(0).quote()).isEqualTo("CMMLU(0-shot) | InternLM3-8B-Instruct | 83.1");
    }

    @Test
    void cellsAreParsedAsOneOrTwoScoresOrNone() {
        assertThat(TableCell.parse("**54.1**").values()).containsExactly(new Score(54.1, 1, false));
        assertThat(TableCell.parse("54.1 (±0.3)").uncertainty()).isEqualTo(0.3);
        assertThat(TableCell.parse("54.1%").values()).containsExactly(new Score(54.1, 1, true));
        assertThat(TableCell.parse("<strong>54.1</strong><sup>2</sup>").values()).containsExactly(new Score(54.1, 1, false));
        assertThat(TableCell.parse("54.1 / 60.2").values()).hasSize(2);
        assertThat(TableCell.parse("**83.0**\\*").starred()).isTrue();
        for (String none : List.of("-", "N/A", "", "/", "No multimodal support", "87.9k", "17B (Activated)", "-3.5")) {
            assertThat(TableCell.parse(none).isEmpty()).as(none).isTrue();
        }
    }

    @Test
    void tablesOfModelSpecsPricesAndSpeedsYieldNothing() {
        assertThat(read("",
                table("Model Information", "Model Name | Params | Context length | Token count",
                        "Llama 4 Scout (17Bx16E) | 109 | 10 | 40", "Llama 4 Maverick (17Bx128E) | 400 | 1 | 22"),
                table(null, "Model Name | Training Time (GPU hours) | Training Power Consumption (W)",
                        "Llama 4 Scout | 5.0M | 700", "Llama 4 Maverick | 2.38M | 700"),
                table(null, "Inference Framework | Model | Number of GPUs (H20) | input_length | batch=1 | batch=4",
                        "vLLM | Hunyuan-Large | 16 | 2048 | 20.2 | 75.5"),
                table(null, "Model | Price ($/M tokens) | Speed (tokens/s) | Release Date",
                        "GPT-4o-mini | 0.15 | 85 | 2024"),
                table(null, "| Context length | Qwen2-70b | Kimi-Chat(2024.06)",
                        "Params | 70 | 100"))).isEmpty();
    }

    @Test
    void aModelRunInsideASystemAndNumbersReportedByOthersCarryConditions() {
        List<ExtractedClaim> claims = read("", table(null,
                "| Context length | Qwen2-70b | GPT-4 (From InfiniteBench) | MiniCPM 3.0 x MR | Llama3-70bx MR",
                "Math.Find | 87.9k | 59.71% | 60.00% | 83.43% | **91.43%**",
                "Zh.QA | 2068.6k | 21.40% | 25.96% | 23.66% | N/A"));
        assertThat(claims).extracting(ExtractedClaim::locator, ExtractedClaim::modelName, ExtractedClaim::benchmarkName,
                ExtractedClaim::value, ExtractedClaim::conditions).containsExactly(
                tuple("t0r0c2", "Qwen2-70b", "Math.Find", 59.71, ""),
                tuple("t0r0c3", "GPT-4", "Math.Find", 60.0, "reported-by-infinitebench"),
                tuple("t0r0c4", "MiniCPM 3.0", "Math.Find", 83.43, "mr"),
                tuple("t0r0c5", "Llama3-70b", "Math.Find", 91.43, "mr"),
                tuple("t0r1c2", "Qwen2-70b", "Zh.QA", 21.4, ""),
                tuple("t0r1c3", "GPT-4", "Zh.QA", 25.96, "reported-by-infinitebench"),
                tuple("t0r1c4", "MiniCPM 3.0", "Zh.QA", 23.66, "mr"));
    }

    @Test
    void sectionRowsTitleTheRowsBelowAndArePassedOver() {
        List<ExtractedClaim> claims = read("", table(null,
                "评测集 | Llama 4 Maverick | DeepSeek-V2",
                "英文能力 | 英文能力 | 英文能力",
                "MMLU | 80.5 | 78.5",
                "Base models | |",
                "MMLU | 85.5 | 79.0"));
        assertThat(claims).extracting(ExtractedClaim::locator, ExtractedClaim::modelId, ExtractedClaim::value)
                .containsExactly(tuple("t0r1c1", "maverick", 80.5), tuple("t0r1c2", "deepseek-v2", 78.5),
                        tuple("t0r3c1", null, 85.5), tuple("t0r3c2", null, 79.0));
    }

    @Test
    void conditionsAreKeysOfTheSharedVocabularyThatTheRecordKeepsUnchanged() {
        List<ExtractedClaim> claims = read("", table(null,
                "Benchmark | Setting | GPT-4o-mini (thinking)",
                "MBPP (3-shot, Pass@1, CoT) | with tools | 81.0",
                "SWE-bench Verified (Agentless) | w/o tools | 40.0"));
        assertThat(claims).extracting(ExtractedClaim::conditions).containsExactly(
                "3-shot;cot;pass@1;thinking;with-tools", "agentless;no-tools;thinking");
        // Accepting a claim sends the tokens of its key; models-service keys them with the same vocabulary.
        for (ExtractedClaim c : claims) {
            assertThat(ai.frontierwatch.text.Conditions.key(ai.frontierwatch.text.Conditions.parts(c.conditions())))
                    .isEqualTo(c.conditions());
        }
    }

    @Test
    void implausibleScoresAreDropped() {
        List<ExtractedClaim> claims = read("", table(null, "Benchmark | GPT-4o-mini | Llama 4 Maverick",
                "MMLU | 182.0 | 85.5", "Coverage | 120% | 99%"));
        assertThat(claims).extracting(ExtractedClaim::locator).containsExactly("t0r0c2", "t0r1c2");
    }
}
