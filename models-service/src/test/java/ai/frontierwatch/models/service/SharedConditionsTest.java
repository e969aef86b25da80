package ai.frontierwatch.models.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.text.Conditions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results are recorded under the shared conditions vocabulary, so a claim insights-service accepts (sent as the
 * tokens of its key) lands under the same key it was checked with, and the record reads back the same tokens.
 */
class SharedConditionsTest {

    @Test
    void theKeysInsightsDerivesAreStoredUnchanged() {
        for (String derived : List.of("with-tools", "no-tools;pass@1", "0-shot;thinking", "5-shot;macro_avg/em",
                "maj@64;reasoning-high", "moatless;with-tools", "eng->kgv")) {
            assertThat(Conditions.key(Conditions.parts(derived))).isEqualTo(derived);
        }
    }

    @Test
    void spellingsImportersAndEditorsSendMeetTheTokensInsightsDerivesFromText() {
        assertThat(Conditions.key(List.of("tools"))).isEqualTo(Conditions.detect("with Python"));
        assertThat(Conditions.key(List.of("w/o tools"))).isEqualTo(Conditions.detect("不借助外部工具"));
        assertThat(Conditions.key(List.of("5 shot", "Pass@1"))).isEqualTo(Conditions.detect("MBPP (5-shot, pass@1)"));
        assertThat(Conditions.key(List.of("Thinking"))).isEqualTo(Conditions.detect("深度思考模式"));
    }
}
