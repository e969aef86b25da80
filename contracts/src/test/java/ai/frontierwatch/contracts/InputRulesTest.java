package ai.frontierwatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    @Test
    void aParameterIsOneLineOfPrintableUnicodeOfBoundedLength() {
        assertThat(InputRules.parameter("gpt-5-2")).isEmpty();
        assertThat(InputRules.parameter("通義千問 Qwen3 😀")).isEmpty();
        assertThat(InputRules.parameter("x".repeat(500))).isEmpty();
        assertThat(InputRules.parameter("x".repeat(501))).contains("is 501 characters long; at most 500");
        assertThat(InputRules.parameter("x\u0000y")).contains("contains the control character U+0000 at position 1");
        assertThat(InputRules.parameter("x\ny")).contains("contains the control character U+000A at position 1");
        assertThat(InputRules.parameter("ab\u007f")).contains("contains the control character U+007F at position 2");
        assertThat(InputRules.parameter("\u0085")).contains("contains the control character U+0085 at position 0");
        assertThat(InputRules.parameter("x\ud800y")).contains("contains a lone surrogate U+D800 at position 1 (not Unicode text)");
        assertThat(InputRules.parameter("x\udc00")).contains("contains a lone surrogate U+DC00 at position 1 (not Unicode text)");
    }

    @Test
    void aTextMayRunOverLinesButHoldsNoNulNoOtherC0ControlAndNoLoneSurrogate() {
        assertThat(InputRules.text("# Title\n\nLine\tcell\r\n\fnext page " + "x".repeat(10_000))).isEmpty();
        assertThat(InputRules.text("cp1252 leftovers \u0080\u009f\u007f")).isEmpty();
        assertThat(InputRules.text("a\u0000b")).contains("contains the control character U+0000 at position 1");
        assertThat(InputRules.text("a\u001bb")).contains("contains the control character U+001B at position 1");
        assertThat(InputRules.text("😀\ud83d")).contains("contains a lone surrogate U+D83D at position 2 (not Unicode text)");
    }

    @Test
    void aDateLiesInTheYearsTheSystemRecords() {
        assertThat(InputRules.date(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(InputRules.date(LocalDate.of(1900, 1, 1))).isEmpty();
        assertThat(InputRules.date(LocalDate.of(2999, 12, 31))).isEmpty();
        assertThat(InputRules.date(LocalDate.of(1, 1, 1))).contains("must be a date in the years 1900 to 2999, not 0001-01-01");
        assertThat(InputRules.date(LocalDate.of(9999, 12, 31))).contains("must be a date in the years 1900 to 2999, not 9999-12-31");
    }
}
