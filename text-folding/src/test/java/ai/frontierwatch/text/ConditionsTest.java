package ai.frontierwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void conditionsAsWrittenBecomeCanonicalTokens() {
        assertThat(Conditions.key(List.of("pass@1", "No Tools"))).isEqualTo("no-tools;pass@1");
        assertThat(Conditions.key(List.of("without tools", " PASS@1 ", "pass@1"))).isEqualTo("no-tools;pass@1");
        assertThat(Conditions.key(List.of("Ｎｏ　ｔｏｏｌｓ"))).isEqualTo("no-tools");
        assertThat(Conditions.key(List.of("with tools"))).isEqualTo("with-tools");
        assertThat(Conditions.key(List.of("tools"))).isEqualTo("with-tools");
        assertThat(Conditions.key(List.of("5 shot", "Zero-Shot"))).isEqualTo("0-shot;5-shot");
        assertThat(Conditions.key(List.of("cons@64", "Chain of Thought"))).isEqualTo("cot;maj@64");
        assertThat(Conditions.key(List.of("reasoning effort: high"))).isEqualTo("reasoning-high");
        assertThat(Conditions.key(List.of("Non Thinking", "Moatless"))).isEqualTo("moatless;non-thinking");
        assertThat(Conditions.key(List.of("a;b"))).isEqualTo("a,b");
    }

    @Test
    void noConditionsIsTheEmptyKey() {
        assertThat(Conditions.key(null)).isEmpty();
        assertThat(Conditions.key(List.of())).isEmpty();
        assertThat(Conditions.key(List.of(" ", ""))).isEmpty();
        assertThat(Conditions.parts("")).isEmpty();
        assertThat(Conditions.parts("no-tools;pass@1")).containsExactly("no-tools", "pass@1");
        assertThat(Conditions.merge("pass@1", "", "0-shot;pass@1")).isEqualTo("0-shot;pass@1");
    }

    @Test
    void conditionsNamedInTextAreDetected() {
        assertThat(Conditions.detect("GPQA (no tools, Pass@1, reasoning effort: XHigh)"))
                .isEqualTo("no-tools;pass@1;reasoning-xhigh");
        assertThat(Conditions.detect("不借助外部工具")).isEqualTo("no-tools");
        assertThat(Conditions.detect("在不借助任何工具的情况下达到 41.3%")).isEqualTo("no-tools");
        assertThat(Conditions.detect("with Python")).isEqualTo("with-tools");
        assertThat(Conditions.detect("scores 71.2 with tool use")).isEqualTo("with-tools");
        // a kind of benchmark, not the setting of a score
        assertThat(Conditions.detect("leads the tool-use benchmarks with 71.2")).isEmpty();
        assertThat(Conditions.detect("CMMLU(0-shot)")).isEqualTo("0-shot");
        assertThat(Conditions.detect("HellaSwag (10-shot, CoT)")).isEqualTo("10-shot;cot");
        assertThat(Conditions.detect("AIME 2025 (avg@32)")).isEqualTo("avg@32");
        assertThat(Conditions.detect("深度思考模式")).isEqualTo("thinking");
        assertThat(Conditions.detect("Qwen3 (non-thinking)")).isEqualTo("non-thinking");
        assertThat(Conditions.detect("GPT-5.2 (reasoning-high)")).isEqualTo("reasoning-high");
        assertThat(Conditions.detect("SWE-bench Verified (OpenHands, with tools)")).isEqualTo("openhands;with-tools");
        assertThat(Conditions.qualifier("2407-2409 Pass@1")).isEqualTo("2407-2409;pass@1");
        assertThat(Conditions.qualifier("LC WinRate")).isEqualTo("lc-winrate");
        assertThat(Conditions.detect("Claude Sonnet 4.5 (Thinking)")).isEqualTo("thinking");
        assertThat(Conditions.detect("Kimi K2 Thinking 在 HLE 上拿下了 44.9% 的成绩")).isEmpty();
        assertThat(Conditions.detect("plain")).isEmpty();
        assertThat(Conditions.detect("Qwen2.5-7B")).isEmpty();
    }
}
