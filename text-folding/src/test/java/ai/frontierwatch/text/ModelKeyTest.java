package ai.frontierwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ModelKeyTest {

    @Test
    void keysMeetAcrossSpellingsAndKeepVariantsApart() {
        assertEquals(ModelKey.of("Claude Opus 4.6"), ModelKey.of("Claude 4.6 Opus"));
        assertEquals(ModelKey.of("claude-opus-4-6"), ModelKey.of("Claude Opus 4.6"));
        assertEquals(ModelKey.of("Opus 4.6"), ModelKey.of("Claude Opus 4.6"));
        assertEquals(ModelKey.of("DeepSeek-V3.2"), ModelKey.of("DeepSeek 3.2"));
        assertEquals(ModelKey.of("Gemini 3.0 Pro"), ModelKey.of("gemini-3-pro"));
        assertEquals(ModelKey.of("GPT-5.5 high"), ModelKey.of("gpt-5.5"));
        assertEquals(ModelKey.of("通義千問3"), ModelKey.of("Qwen 3"));
        assertEquals(ModelKey.of("OpenAI o3"), ModelKey.of("o3"));
        assertEquals(new ModelKey("4o gpt", "0806"), ModelKey.of("gpt-4o-2024-08-06"));
        assertEquals(new ModelKey("4o gpt", "0806"), ModelKey.of("GPT-4o 0806"));
        assertEquals("0318", ModelKey.of("mimo-v2-pro-20260318").date());
        assertEquals(ModelKey.of("Gemma-2-27B-it"), ModelKey.of("Gemma 2 27B Instruct"));
        assertNotEquals(ModelKey.of("Llama 3.1 8B"), ModelKey.of("Llama-3.1-8B-Instruct"));
        assertNotEquals(ModelKey.of("Qwen3-32B"), ModelKey.of("Qwen3-32B-Base"));
        assertNotEquals(ModelKey.of("GPT-5.2"), ModelKey.of("GPT-5.2 Thinking"));
    }
}
