package ai.frontierwatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelNameScannerTest {

    private static List<String> names(String text) {
        FoldedText folded = FoldedText.of(text);
        return ModelNameScanner.scan(folded).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsFamiliesWithVersionsSizesAndTiers() {
        assertEquals(List.of("Qwen3.6-35B-A3B", "Claude Opus 4.6", "Gemini 3 Deep Think", "GPT-5.3-Codex-Spark"),
                names("We tried Qwen3.6-35B-A3B, Claude Opus 4.6, Gemini 3 Deep Think and GPT-5.3-Codex-Spark."));
        assertEquals(List.of("Kimi K2.6", "MiniMax M2.5", "DeepSeek V4 Pro", "Mistral Medium 3.5"),
                names("Kimi K2.6 beat MiniMax M2.5; DeepSeek V4 Pro and Mistral Medium 3.5 trail."));
        assertEquals(List.of("Opus 4.7 xhigh", "o3-mini", "Claude Fable 5"),
                names("Opus 4.7 xhigh leads, o3-mini follows, then Claude Fable 5."));
    }

    @Test
    void findsChineseProductNamesAndNamesGluedToChinese() {
        assertEquals(List.of("豆包1.6-vision", "混元图像3.0", "GLM-4.6"), names("字节发布豆包1.6-vision，腾讯推出混元图像3.0，智谱GLM-4.6上线"));
        assertEquals(List.of("Qwen3"), names("阿里通義千問Qwen3發布"));
    }

    @Test
    void familiesAloneOrdinaryWordsAndModifiersAreNotNames() {
        assertEquals(List.of(), names("Claude and Gemini are popular; Qwen too. A GPT-3-scale model. Step 2 of the plan."));
        assertEquals(List.of(), names("The ring 3 and phi 4 in lower case, GPT-5x, Gemini 3x faster, Python 3.12."));
        assertEquals(List.of("Phi-4", "Pythia-70M"), names("Phi-4 and Pythia-70M are small."));
        assertEquals(List.of(), names("A Qwen3.6-27B-derived model, a Gemma3-inspired 1.1B, Muse Spark-family models."));
    }

    @Test
    void aWordJoinedByAHyphenBelongsToTheNameACapitalisedWordAfterASpaceDoesNot() {
        // "MiniMax M2.5 YouTube" (a video script's title) is not a model: only the hyphen joins a word to the name.
        assertThat(names("gpt-5.6-sol: 52%. MiniMax M2.5 YouTube script. DeepSeek V4 Released")).containsExactly(
                "gpt-5.6-sol", "MiniMax M2.5", "DeepSeek V4");
    }

    @Test
    void aNameEndsAtTheEndOfItsLineAndABrandStartsANewName() {
        assertEquals(List.of("GPT-4o", "GPT-5", "GPT-4.1", "o4-mini"), names("- GPT-4o\n- GPT-5\nGPT-4.1\r\no4-mini"));
        assertEquals(List.of("GPT-5", "GPT-4.1"), names("GPT-5 GPT-4.1 both retire"));
    }

    @Test
    void aNewFamilyCountsWithEvidenceThatAModelIsMeant() {
        assertThat(names("Induction Labs发布Photon-1。Decart的Oasis 3模型能实时生成。poolside released [`Laguna-XS.2`](https://huggingface.co/poolside/Laguna-XS.2)"))
                .containsExactly("Photon-1", "Oasis 3", "Laguna-XS.2");
        assertThat(names("an open-weight Muse Spark 1.2 release; Meta open-sourced Sapiens2 and the TRELLIS.2 model"))
                .containsExactly("Muse Spark 1.2", "Sapiens2", "TRELLIS.2");
        // Without evidence, or software and devices written the same way: not models.
        assertThat(names("Oasis 3 is here. Apple released iOS 26 and Python 3.13; Figure 2 model; Section 4.")).isEmpty();
    }

    @Test
    void aReleaseToldAfterTheNameOrAScoreInItsSentenceIsEvidenceToo() {
        assertThat(names("**Laguna S 2.1 Released: cheaper than V4**; Photon-2发布; Oasis 4 is now available"))
                .containsExactly("Laguna S 2.1", "Photon-2", "Oasis 4");
        assertThat(names("Laguna-S-2.1 is announced as a 118B-A8B model with `70.2%` on **Terminal-Bench 2.1**."))
                .containsExactly("Laguna-S-2.1");
        // A score in another sentence, a speed-up, software: no evidence.
        assertThat(names("Oasis 4 is here. It gets 70% on SWE-bench. Firefox 140 is 20% faster on Linux. Python 3.14 released"))
                .isEmpty();
        assertThat(names("@SophontAI released Medmarks v1.0, a suite; HealthBench 2 model; Photon-3 released")).containsExactly("Photon-3");
        assertThat(names("- **Atlas 1932**, #1 on work\n  - **53% on HLE**; an Apache-2.0 open-weight model, 60% on X")).isEmpty();
    }

    @Test
    void aBrandANewLineNameAndPreviewNameAModelBeforeAnyVersion() {
        assertThat(names("Anthropic's Claude Mythos Preview found bugs; Claude Mythos alone; the Claude Code Preview"))
                .containsExactly("Claude Mythos Preview");
        assertThat(names("Claude The Preview, Claude mythos Preview, Gemini MYTHOS Preview")).isEmpty();
    }

    @Test
    void aLineWordTheDocumentRepeatsOrVariesBelongsToTheName() {
        assertThat(names("GPT-5.6 Sol plans, GPT-5.6 Luna chats. Nemotron 3.5 Lightning: NVIDIA's Nemotron 3.5 Lightning"))
                .containsExactly("GPT-5.6 Sol", "GPT-5.6 Luna", "Nemotron 3.5 Lightning", "Nemotron 3.5 Lightning");
        assertThat(names("GPT-5.6 Sol plans. MiniMax M2.5 YouTube script. GPT-5 The end. GPT-5 In short."))
                .containsExactly("GPT-5.6", "MiniMax M2.5", "GPT-5", "GPT-5");
        assertThat(names("Kimi K9.5 Achieves SOTA. Kimi K9.5 Launches Today. Kimi K9.5 Arrived. Kimi K9.5 Achieves more"))
                .containsExactly("Kimi K9.5", "Kimi K9.5", "Kimi K9.5", "Kimi K9.5");
        assertThat(names("On a Qwen3-0.6B test run, Ling-Mini-2.0 locally")).containsExactly("Qwen3-0.6B", "Ling-Mini-2.0");
        assertThat(names("DeepSeek-Prover-V2-671B and DeepSeek-Prover-V2-7B")).containsExactly("DeepSeek-Prover-V2-671B",
                "DeepSeek-Prover-V2-7B");
    }

    @Test
    void aNumberCountingSomethingOrACommonPhraseAfterATierIsNotPartOfAName() {
        assertThat(names("输入一段Prompt，用Gemini 5分钟生成App；GPT-5.5发布")).containsExactly("GPT-5.5");
        assertThat(names("Gemma 4 Chat Template now has preserve thinking; Gemma 4 Chat is out")).containsExactly("Gemma 4",
                "Gemma 4 Chat");
        assertThat(names("variants in BF16, FP8, and NVFP4 weights; the INT8 model")).isEmpty();
    }
}
