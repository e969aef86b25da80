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

    @Test
    void makersWordOrderChineseNamesVersionsAndDatesDoNotMatter() {
        for (String[] pair : new String[][] {{"o3", "OpenAI o3"}, {"Claude Sonnet 4.5", "Claude 4.5 Sonnet"},
                {"Claude Sonnet 4.5", "claude-sonnet-4-5"}, {"Llama 3.1 8B", "Meta-Llama-3.1-8B"},
                {"Qwen3", "阿里巴巴 通义千问 Qwen3"}, {"ERNIE 4.5", "文心一言4.5"}, {"DeepSeek V3", "DeepSeek-V3.0"},
                {"Kimi K2 0905", "Kimi K2 (0905)"}, {"GPT-4o", "GPT-4o 0806"}}) {
            assertEquals(ModelKey.of(pair[0]).undated(), ModelKey.of(pair[1]).undated(), pair[0] + " / " + pair[1]);
        }
        // the date stays apart
        assertEquals(new ModelKey("k2 kimi", "0905"), ModelKey.of("Kimi K2 (0905)"));
        assertNotEquals(ModelKey.of("GPT-4o"), ModelKey.of("GPT-4o 0806"));
    }

    @Test
    void sizesTiersInstructAndThinkingMakeAnotherKey() {
        for (String[] pair : new String[][] {{"Qwen2.5-72B", "Qwen2.5-72B-Instruct"}, {"Llama 3.1 8B", "Llama 3.1 70B"},
                {"DeepSeek-V3.2", "DeepSeek-V3.2 Thinking"}, {"o3", "o3-mini"}, {"o3", "o3 pro"},
                {"Gemini 2.5 Flash", "Gemini 2.5 Pro"}, {"Gemini 2.5 Flash", "Gemini 2.5 Flash Lite"},
                {"Claude Sonnet 4.5", "Claude Opus 4.5"}, {"GPT-4o", "GPT-4o mini"}, {"Qwen3-32B", "Qwen3-32B-Base"}}) {
            assertNotEquals(ModelKey.of(pair[0]), ModelKey.of(pair[1]), pair[0] + " / " + pair[1]);
        }
        // a name of makers alone has no key
        assertEquals("", ModelKey.of("OpenAI").words());
    }
}
