package ai.frontierwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void traditionalAndSimplifiedFoldToTheSameKey() {
        assertThat(TextFolding.fold("通義千問")).isEqualTo("通义千问");
        assertThat(TextFolding.fold("通义千问")).isEqualTo("通义千问");
        assertThat(TextFolding.fold("千問")).isEqualTo(TextFolding.fold("千问"));
        assertThat(TextFolding.fold("智譜")).isEqualTo("智谱");
    }

    @Test
    void widthCaseAndSpacesAreFolded() {
        assertThat(TextFolding.fold("ＧＰＴ－５．２")).isEqualTo("gpt-5.2");
        assertThat(TextFolding.fold("  Gemini \t 3  Pro ")).isEqualTo("gemini 3 pro");
        assertThat(TextFolding.fold("ＳＷＥ-bench Verified")).isEqualTo("swe-bench verified");
    }

    @Test
    void lengthPreservingFoldKeepsOffsets() {
        String original = "OpenAI 的 ＧＰＴ-5.2 與通義千問";
        String folded = TextFolding.foldPreservingLength(original);
        assertThat(folded).hasSameSizeAs(original);
        assertThat(folded).isEqualTo("openai 的 gpt-5.2 与通义千问");
        int at = folded.indexOf("通义千问");
        assertThat(original.substring(at, at + 4)).isEqualTo("通義千問");
    }

    @Test
    void textWithoutChineseIsOnlyCaseFolded() {
        assertThat(TextFolding.toSimplified("Claude Opus 4.5")).isEqualTo("Claude Opus 4.5");
        assertThat(TextFolding.containsHan("Claude")).isFalse();
        assertThat(TextFolding.containsHan("Claude 模型")).isTrue();
    }

    @Test
    void eachCharacterFoldsTheSameOnFirstAndLaterUse() {
        // full-width, no-break space, a ligature whose NFKC form is two letters (kept, lower case has none),
        // dotted capital I (its lower case is two characters: folded by character), Kangxi radical (NFKC: 一)
        String original = "Ｘ\u00A0ﬁ İ ⼀ \u0000 A";
        String expected = "x fi i 一 \u0000 a".replace("fi", "ﬁ");
        assertThat(TextFolding.foldPreservingLength(original)).isEqualTo(expected);
        assertThat(TextFolding.foldPreservingLength(original)).isEqualTo(expected);
        assertThat(TextFolding.containsHan("Ｘ\u00A0ﬁ İ ⺀")).isTrue(); // U+2E80, the first Han character
        assertThat(TextFolding.containsHan("abc \uD840\uDC00")).isTrue(); // U+20000, a Han character beyond the BMP
    }
}
