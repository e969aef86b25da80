package ai.frontierwatch.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void equalConditionsHaveEqualKeys() {
        assertThat(Conditions.key(List.of("pass@1", "No Tools"))).isEqualTo("no-tools;pass@1");
        assertThat(Conditions.key(List.of("without tools", " PASS@1 ", "pass@1"))).isEqualTo("no-tools;pass@1");
        assertThat(Conditions.key(List.of("Ｎｏ　ｔｏｏｌｓ"))).isEqualTo("no-tools");
        assertThat(Conditions.key(List.of("a;b"))).isEqualTo("a,b");
    }

    @Test
    void noConditionsIsTheEmptyKey() {
        assertThat(Conditions.key(null)).isEmpty();
        assertThat(Conditions.key(List.of())).isEmpty();
        assertThat(Conditions.key(List.of(" ", ""))).isEmpty();
        assertThat(Conditions.parts("")).isEmpty();
        assertThat(Conditions.parts("no-tools;pass@1")).containsExactly("no-tools", "pass@1");
    }
}
