package ai.frontierwatch.gateway.mutations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelNamesTest {

    @Test
    void aSlugKeepsLatinLettersAndDigitsJoinedByDashes() {
        assertThat(ModelNames.slug("Qwen 3.6 27B")).isEqualTo("qwen-3-6-27b");
        assertThat(ModelNames.slug("GPT-5.2 (high)")).isEqualTo("gpt-5-2-high");
        assertThat(ModelNames.slug("ＤｅｅｐＳｅｅｋ－Ｖ４")).isEqualTo("deepseek-v4");
        assertThat(ModelNames.slug("通义千问 3.6")).isEqualTo("3-6");
        assertThat(ModelNames.slug("通义千问")).isEmpty();
        assertThat(ModelNames.slug("x".repeat(150))).hasSize(100);
    }

    @Test
    void otherSpellingsDropTheNamesOwnAndRepeatedOnesInOrder() {
        assertThat(ModelNames.otherSpellings("Qwen 3.6 27B",
                List.of("Qwen3.6-27B", " 通义千问3.6-27B ", "QWEN 3.6 27b", "通義千問3.6-27B", "", "--", "y".repeat(201)),
                200)).containsExactly("通义千问3.6-27B", "通義千問3.6-27B");
        assertThat(ModelNames.otherSpellings(null, List.of("Gemini 3", "gemini-3", "Gemini Three"), 200))
                .containsExactly("Gemini 3", "Gemini Three");
    }
}
