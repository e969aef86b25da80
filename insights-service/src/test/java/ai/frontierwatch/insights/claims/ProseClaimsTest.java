package ai.frontierwatch.insights.claims;

import static ai.frontierwatch.insights.fixtures.CatalogFixture.benchmark;
import static ai.frontierwatch.insights.fixtures.CatalogFixture.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.matching.ArticleText;
import ai.frontierwatch.insights.matching.Catalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores in English, Simplified and Traditional Chinese prose, and the numbers next to them that are not scores. */
class ProseClaimsTest {

    private final Catalogue catalogue = CatalogFixture.load().catalogue();

    private List<ExtractedClaim> claims(String title, String body) {
        return ProseClaims.extract(catalogue, ArticleText.of(catalogue, title, body));
    }

    private List<ExtractedClaim> claims(String body) {
        return claims(null, body);
    }

    @Test
    void aScoreOnABenchmarkTheCatalogueDoesNotKnowKeepsBothNamesAsWritten() {
        List<ExtractedClaim> found = claims("The lab says Qwen3.7-Max reaches 71.2% pass@1 on LiveCodeBench.");
        assertThat(found).extracting(ExtractedClaim::modelId, ExtractedClaim::modelName, ExtractedClaim::benchmarkId,
                ExtractedClaim::benchmarkName, ExtractedClaim::value, ExtractedClaim::unit, ExtractedClaim::conditions)
                .containsExactly(tuple("discovered:3.7-max-qwen", "Qwen3.7-Max", null, "LiveCodeBench", 71.2, "PERCENT", "pass@1"));
        assertThat(found.get(0).quote()).isEqualTo("The lab says Qwen3.7-Max reaches 71.2% pass@1 on LiveCodeBench.");
    }

    @Test
    void oneSentenceGivesEveryModelItsOwnScoreAndComparisonsWithANumberGiveBothClaims() {
        String body = "Community evals put GPT-5.5 no-thinking at 67.1% on WeirdML, up from 57.4% for GPT-5.4, "
                + "but still behind Opus 4.7 at 76.4%.";
        assertThat(claims(body)).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("GPT-5.5", "WeirdML", 67.1), tuple("GPT-5.4", "WeirdML", 57.4),
                        tuple("Opus 4.7", "WeirdML", 76.4));
        assertThat(claims("SWE-Bench Pro: Fable 5 80.3% vs GPT-5.5 58.6%, and Mythos 5 30.9% vs second-best 13.4%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::value)
                .containsExactly(tuple("Fable 5", 80.3), tuple("GPT-5.5", 58.6), tuple("Mythos 5", 30.9));
    }

    @Test
    void theSubjectKeepsItsScoresAcrossClausesAndTheComparedModelOnlyItsOwn() {
        String body = "Artificial Analysis evaluated GLM-5-Turbo. It scored 47 on the AA Intelligence Index, slightly "
                + "behind GLM-5 (Reasoning) at 50, but posted 1503 on GDPval-AA, ahead of GLM-5’s 1408.";
        assertThat(claims(body)).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("GLM-5-Turbo", "AA Intelligence Index", 47.0), tuple("GLM-5", "AA Intelligence Index", 50.0),
                        tuple("GLM-5-Turbo", "GDPval-AA", 1503.0), tuple("GLM-5", "GDPval-AA", 1408.0));
    }

    @Test
    void sharesPricesSpeedUpsSizesContextsDatesDifferencesAndBoundsAreNotScores() {
        assertThat(claims("Claude Opus 4.5 beat GPT-5.2 by 4.6 points on SWE-bench Verified, with a 200K context window, "
                + "$5 per million tokens, a 2.5x speed-up and 30% of tasks routed elsewhere.")).isEmpty();
        assertThat(claims("Kimi K2.9 has 1T total / 32B active parameters, decodes at 110 tok/s and was released on "
                + "June 22, 2026; it scores 80%+ on GPQA Diamond and about 25% on HLE.")).isEmpty();
        assertThat(claims("On Terminal-Bench 2, a harness lifted pass@1 from 69.7% to 77.0%, beating a Codex-CLI baseline "
                + "at 71.9%; Qwen3.6-27B fits in 16GB and runs on an RTX 3090.")).isEmpty();
        // "vs 52% for larger models": a number that belongs to something the text does not name as a model.
        assertThat(claims("AgentIR-4B hits 68% on BrowseComp-Plus vs 52% for larger embedding models."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::value).containsExactly(tuple("AgentIR-4B", 68.0));
    }

    @Test
    void pronounsReferToTheOneModelBeforeThemAndAnAmbiguousReferenceGivesNothing() {
        assertThat(claims("Google released Gemini 3 Deep Think on Tuesday. It scored 84.6% on ARC-AGI-2."))
                .extracting(ExtractedClaim::modelId, ExtractedClaim::benchmarkId, ExtractedClaim::value)
                .containsExactly(tuple(model("gemini-3-deep-think"), benchmark("arc-agi-2"), 84.6));
        assertThat(claims("GPT-5.2 and Gemini 3 Pro were both updated. It scored 80.0% on GPQA Diamond.")).isEmpty();
        assertThat(claims("智谱发布 GLM-5.1。该模型在 SWE-bench Verified 上达到 77.8%。"))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkId, ExtractedClaim::value)
                .containsExactly(tuple("GLM-5.1", benchmark("swe-bench-verified"), 77.8));
    }

    @Test
    void listEntriesWithoutAModelBelongToTheTitlesModel() {
        String body = "成績單：\n\nSWE-Bench Verified：80.2%（編碼能力 SOTA）\nBFCL: 76.8%（Agent 工具呼叫）\n⚡ 執行效率：比競品快 37%";
        assertThat(claims("MiniMax M3 發布", body))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkId, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("MiniMax M3", benchmark("swe-bench-verified"), "SWE-Bench Verified", 80.2),
                        tuple("MiniMax M3", null, "BFCL", 76.8));
        assertThat(claims(null, body)).isEmpty();
    }

    @Test
    void simplifiedChineseScoresComparisonsGainsAndConditions() {
        assertThat(claims("Qwen3.7-Max 在 MMLU-Pro 上取得 78.4 分，领先 GPT-4o 的 72.6 分。"))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Qwen3.7-Max", "MMLU-Pro", 78.4), tuple("GPT-4o", "MMLU-Pro", 72.6));
        assertThat(claims("与前代 GLM-4.6 相比，GLM-4.7 的成绩包括 SWE-bench（73.8%，+5.8%）和 Terminal Bench 2.0（41%，+16.5%）。"))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("GLM-4.7", "SWE-bench", 73.8), tuple("GLM-4.7", "Terminal Bench 2.0", 41.0));
        assertThat(claims("DeepSeek-V4 不借助外部工具时在 HLE 上达到 41.3%。"))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value, ExtractedClaim::conditions)
                .containsExactly(tuple("DeepSeek-V4", "HLE", 41.3, "no-tools"));
        assertThat(claims("GLM-4.7 的 SWE-bench 得分比上一代高出 5.8%，上下文扩展到 200K，定价每百万 tokens 2 元。")).isEmpty();
    }

    @Test
    void traditionalChineseEloScoresAndSharesOfWins() {
        assertThat(claims("Gemini 3 Pro 在 LMArena 上以 1480 分的 Elo 評分位居榜首。"))
                .extracting(ExtractedClaim::modelId, ExtractedClaim::benchmarkId, ExtractedClaim::value, ExtractedClaim::unit)
                .containsExactly(tuple(model("gemini-3-pro"), benchmark("lmarena-text"), 1480.0, "ELO"));
        assertThat(claims("在 SW-bench verify 等評測中，GPT-5.2 贏得了約 80% 以上的項目。")).isEmpty();
    }

    @Test
    void latexPercentagesSolvedCountsAndMarkupAroundNumbers() {
        assertThat(claims("DeepSeek-Prover-V3 reaches $88.9$% on MiniF2F-test and solves 49 out of 658 problems on PutnamBench."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("DeepSeek-Prover-V3", "MiniF2F-test", 88.9), tuple("DeepSeek-Prover-V3", "PutnamBench", 49.0));
        assertThat(claims("GLM-5.2 posted `1524` on `GDPval-AA` and **76.1%** on *BrowseComp*."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("GLM-5.2", "GDPval-AA", 1524.0), tuple("GLM-5.2", "BrowseComp", 76.1));
    }

    @Test
    void aBenchmarkNamedInTheSentenceBeforeIsQuotedWithTheScore() {
        String body = "新基准WorldVQA测试显示，多模态模型难以识别实体。即使是最好的Gemini 3 Pro，得分也仅47.4%。";
        List<ExtractedClaim> found = claims(body);
        assertThat(found).extracting(ExtractedClaim::modelId, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple(model("gemini-3-pro"), "WorldVQA", 47.4));
        assertThat(found.get(0).quote()).isEqualTo(body);
        assertThat(body.substring(found.get(0).quoteStart(), found.get(0).quoteEnd())).isEqualTo(found.get(0).quote());
    }

    @Test
    void modelLikeNamesNeedAVersionOrASize() {
        String text = "Claude and Qwen shipped Claude Opus 4.8, Qwen 3.6 35B A3B, Grok Voice Think Fast 1.0, Ling-2.6-flash, "
                + "GPT-5.5 high, AgentIR-4B, 智谱GLM-4.6 and o4-mini; Claude Code is a product.";
        assertThat(ModelNames.find(text)).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
                "Claude Opus 4.8", "Qwen 3.6 35B A3B", "Grok Voice Think Fast 1.0", "Ling-2.6-flash", "GPT-5.5", "AgentIR-4B",
                "GLM-4.6", "o4-mini");
    }

    @Test
    void aVersionWrittenRightAfterABenchmarkIsNotAScore() {
        assertThat(claims("GPT-5.2 tops SWE-bench Verified 1.5, and Claude Opus 4.5 posts 80.9% on SWE-bench Verified."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Claude Opus 4.5", 80.9));
    }

    @Test
    void aHyphenatedAdjectiveIsNotABenchmarkName() {
        assertThat(claims("On SWE-style tasks Devstral 3 reaches 58%, and on AIME-level problems GPT-5.5 gets 91%.")).isEmpty();
        assertThat(claims("Devstral 3 reaches 58% on SWE-Lancer."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Devstral 3", "SWE-Lancer", 58.0));
    }

    @Test
    void aStealthModelsCodenameIsNotABenchmark() {
        assertThat(claims("Devstral 3 was tested on a private agentic suite. Ox-Alpha: 80%. Horizon Beta: 71%.")).isEmpty();
        assertThat(claims("Devstral 3 was tested on a private agentic suite. BFCL-v4: 80%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Devstral 3", "BFCL-v4", 80.0));
    }

    @Test
    void aScoreWrittenAfterANameAndAWordItDidNotTakeIsNotCreditedToTheShorterName() {
        assertThat(claims("OpenAI said GPT-5.6 Sol scored 38.3% on ARC-AGI-3.")).isEmpty();
        assertThat(claims("OpenAI称GPT-5.6 Sol在ARC-AGI-3测试中得分38.3%。")).isEmpty();
        assertThat(claims("Commenters report numbers on an SWE benchmark: gpt-5.6-sol: 52%, and gpt-5.6-high: 61%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::value).isEmpty();
        assertThat(claims("Kimi K3 Benchmarks: the leaderboard shows Kimi K3 #1 on Program Bench (77.8)."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Kimi K3", "Program Bench", 77.8));
        assertThat(claims("OpenAI said GPT-5.6 scored 38.3% on ARC-AGI-3, and GPT-5.6 High reached 40%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("GPT-5.6", "ARC-AGI-3", 38.3), tuple("GPT-5.6 High", "ARC-AGI-3", 40.0));
    }

    @Test
    void modelsAMatchedScoreIsComparedAgainstAreNotItsSubject() {
        assertThat(claims("AA reported K3 scoring 57 on its Coding Agent Index, matching GPT-5.6 and GPT-5.5, "
                + "with 84% Terminal-Bench v2 and 64% DeepSWE.")).isEmpty();
    }

    @Test
    void aClauseAfterASemicolonWithABenchmarkAsItsSubjectDoesNotBorrowTheModelBefore() {
        assertThat(claims("SWE-bench Science has 119 tasks where even Opus 5 is under 50% pass@1; CADBench finds top "
                + "models at only 24.6% pass rate.")).isEmpty();
        assertThat(claims("Opus 5 scores 61% on SWE-bench Science; on CADBench it reaches 24.6%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Opus 5", "SWE-bench Science", 61.0), tuple("Opus 5", "CADBench", 24.6));
    }

    @Test
    void aSentenceIntroducingABenchmarkOfItsOwnDoesNotCarryTheOneBefore() {
        assertThat(claims("Elicit introduced BioDecisionBench for drug decisions. Epoch AI launched a new game "
                + "puzzles benchmark; Opus 5 currently leads at 59%.")).isEmpty();
        assertThat(claims("Elicit introduced BioDecisionBench for drug decisions. Opus 5 currently leads at 59%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Opus 5", "BioDecisionBench", 59.0));
    }

    @Test
    void benchmarkNamesAndModifiersMadeOfAModelNameAreNotModels() {
        assertThat(claims("Kimi K3 is #2 on FrontierSWE (81.2) and Kimi Code Bench 2.0 (72.9)."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Kimi K3", "FrontierSWE", 81.2), tuple("Kimi K3", "Kimi Code Bench 2.0", 72.9));
        assertThat(claims("A scratch-trained Kimi-K3-style MoE is described. It claims 33.4% HellaSwag.")).isEmpty();
        assertThat(claims("A leaderboard for **Kimi K3**, showing it `#1` on **Program Bench** (`77.8`) and **SWE Marathon** (`42.0`)."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Kimi K3", "Program Bench", 77.8), tuple("Kimi K3", "SWE Marathon", 42.0));
    }

    @Test
    void aNameIntroducedAsABenchmarkCarriesItsScoresIntoTheNextSentence() {
        assertThat(claims("Artificial Analysis released AA-AnalystAgent, an agentic benchmark for spreadsheet analysis. "
                + "Claude Opus 5 leads at 54%, followed by GPT-5.5 at 50%; Kimi K3 is the top open model at 39%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Claude Opus 5", "AA-AnalystAgent", 54.0), tuple("GPT-5.5", "AA-AnalystAgent", 50.0),
                        tuple("Kimi K3", "AA-AnalystAgent", 39.0));
        assertThat(claims("Devstral 3 tops the TauCode benchmark at 61%."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Devstral 3", "TauCode", 61.0));
    }

    @Test
    void aVersionWrittenAfterAKnownBenchmarkIsNotDropped() {
        assertThat(claims("Kimi K3 reaches 84% on Terminal-Bench v2 and 61% on SWE-bench Verified."))
                .extracting(ExtractedClaim::benchmarkId, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple(null, "Terminal-Bench v2", 84.0), tuple(benchmark("swe-bench-verified"), "SWE-bench Verified", 61.0));
    }

    @Test
    void longInputIsReadInBoundedTime() {
        String sentence = "GPT-5.5 scored 71.2% on WeirdML, ahead of Opus 4.7 at 70.1%, costing $5 per 1M tokens. ";
        String body = sentence.repeat(2_000);
        List<ExtractedClaim> found = claims(body);
        assertThat(found).hasSize(4_000);
        assertThat(found.get(1)).extracting(ExtractedClaim::modelName, ExtractedClaim::value).containsExactly("Opus 4.7", 70.1);
    }

    @Test
    void aBenchmarkNameShortenedToItsLastWordsIsTheOneBenchmarkItEnds() {
        Catalogue indexes = new Catalogue(List.of(), List.of(), List.of(
                new ai.frontierwatch.contracts.catalog.BenchmarkState("aa-ii", "aa-ii", "Artificial Analysis Intelligence Index",
                        List.of("AA Intelligence Index"), "OTHER", "SCORE", true, 0.0, 100.0),
                new ai.frontierwatch.contracts.catalog.BenchmarkState("aa-ci", "aa-ci", "Artificial Analysis Coding Index",
                        List.of(), "OTHER", "SCORE", true, 0.0, 100.0),
                new ai.frontierwatch.contracts.catalog.BenchmarkState("eci", "eci", "Epoch Capabilities Index",
                        List.of(), "OTHER", "SCORE", true, null, null)));
        List<ExtractedClaim> found = ProseClaims.extract(indexes, ArticleText.of(indexes, null,
                "Z.ai GLM-5.2 is now the top open-weights model on Intelligence Index v4.1 with a score of 51."));
        assertThat(found).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkId, ExtractedClaim::value)
                .containsExactly(tuple("GLM-5.2", "aa-ii", 51.0));
        // "Index" alone ends all three: it names none of them.
        assertThat(indexes.benchmarkByTail("Index")).isEmpty();
        assertThat(indexes.benchmarkByTail("Coding Index")).contains("aa-ci");
    }

    @Test
    void aListItemSpeaksOfTheModelOfTheItemItBelongsToNotOfAnEarlierItemsSubItems() {
        // A list as articles-service publishes it: items without markers, a nested item indented by its depth.
        String body = """
                Vision Arena: Qwen3.8-Max ranked #2 with 1,305
                Vals also reported:
                  It matched Claude Opus 4.7 on the Index
                Vals’ benchmark-specific numbers:
                  SWE-bench: 87.3%, ahead of GPT-5.5 (82.6%)
                  Terminal-Bench 2.1: 67.4, up from 61.0 for Qwen 3.7 Max
                """;
        assertThat(claims(body)).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .contains(tuple("Qwen3.8-Max", "SWE-bench", 87.3), tuple("GPT-5.5", "SWE-bench", 82.6),
                        tuple("Qwen3.8-Max", "Terminal-Bench 2.1", 67.4), tuple("Qwen 3.7 Max", "Terminal-Bench 2.1", 61.0))
                .noneMatch(t -> t.toList().get(0).equals("Claude Opus 4.7"));
    }

    @Test
    void aScoreReportedWithNoModelIsTheOneTheItemSpeaksOf() {
        String body = "Gemini 3.6 Flash drew mixed reviews: practitioners praised its speed. But evaluations were "
                + "less flattering. @htihle reported 56.1% on WeirdML, worse than before.";
        assertThat(claims(body)).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Gemini 3.6 Flash", "WeirdML", 56.1));
        // Without a model before it in the item, a reported score is nobody's.
        assertThat(claims("A new eval is out. @htihle reported 56.1% on WeirdML.")).isEmpty();
    }

    @Test
    void sharesOfWinsDrawsAndLossesAreNoScoresTheRatingIs() {
        String body = "DeepSeek-V4-Flash-0731 ranks #1 on Chess Bench with 80% wins, 8% draws, 12% losses, "
                + "84% win rate and a score of 1538.";
        assertThat(claims(body)).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("DeepSeek-V4-Flash-0731", "Chess Bench", 1538.0));
    }

    @Test
    void aNewModelAnnouncedInAHeadingKeepsTheScoresItsPostGives() {
        String body = "  Laguna S 2.1 Released: cheaper than V4 (Activity: 1420): "
                + "Laguna S 2.1 is announced as a 118B-A8B model, with reported benchmark scores of 70.2% on "
                + "Terminal-Bench 2.1 and 78.5% on SWE-bench Multilingual.";
        assertThat(claims(body)).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Laguna S 2.1", "Terminal-Bench 2.1", 70.2),
                        tuple("Laguna S 2.1", "SWE-bench Multilingual", 78.5));
    }

    @Test
    void aShareOfSomethingNamedAfterTheNumberIsNoScoreOfTheBenchmarkBefore() {
        assertThat(claims("MiniMax M2.7 claims 56.22% on SWE-Pro, 57.0% on Terminal Bench 2, 97% skill adherence "
                + "across 40+ skills, and 60% accuracy."))
                .extracting(ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("SWE-Pro", 56.22), tuple("Terminal Bench 2", 57.0), tuple("Terminal Bench 2", 60.0));
    }

    @Test
    void theyReportAScoreOfTheModelTheItemLeadsWith() {
        String body = "Artificial Analysis places MiniMax M2.7 on the frontier: it reports 50 on its Intelligence Index, "
                + "matching GLM-5 (Reasoning). They also report GDPval-AA Elo 1494, ahead of MiMo-V2-Pro (1426).";
        assertThat(claims(body)).extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .contains(tuple("MiniMax M2.7", "GDPval-AA", 1494.0), tuple("MiMo-V2-Pro", "GDPval-AA", 1426.0));
    }

    @Test
    void aBoundAMultipleAPreviousScoreAndAScoreOnSomethingElseAreNotTheModelsScore() {
        assertThat(claims("Gemini 3.1 Pro: 2x 3.0 on ARC-AGI 2. GLM-5.2 is the first open model to cross 80% on "
                + "Terminal-Bench. Gemini 3.1 Pro achieves a 77% score on ARC-AGI 2, up from the previous `31%`."))
                .extracting(ExtractedClaim::modelName, ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("Gemini 3.1 Pro", "ARC-AGI 2", 77.0));
        assertThat(claims("VibeThinker-3B reported 80.2 Pass@1 on LiveCodeBench v6 and 96.1% on unseen LeetCode contests."))
                .extracting(ExtractedClaim::benchmarkName, ExtractedClaim::value)
                .containsExactly(tuple("LiveCodeBench v6", 80.2));
    }
}
