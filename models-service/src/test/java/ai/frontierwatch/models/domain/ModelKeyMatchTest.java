package ai.frontierwatch.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.models.domain.NameMatcher.Candidate;
import ai.frontierwatch.models.domain.NameMatcher.Match;
import ai.frontierwatch.models.domain.NameMatcher.Status;
import ai.frontierwatch.models.domain.NameMatcher.Via;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Resolution by identity key ({@link NameKeys#modelKey}), the second try after the folded key. */
class ModelKeyMatchTest {

    private static final UUID GPT_4O = UUID.fromString("00000000-0000-0000-0000-000000000011");
    private static final UUID GPT_4O_0806 = UUID.fromString("00000000-0000-0000-0000-000000000012");
    private static final UUID KIMI_K2_0711 = UUID.fromString("00000000-0000-0000-0000-000000000013");
    private static final UUID KIMI_K2_0905 = UUID.fromString("00000000-0000-0000-0000-000000000014");
    private static final UUID NOVA_3_LITE = UUID.fromString("00000000-0000-0000-0000-000000000015");
    private static final UUID LITE_NOVA_3 = UUID.fromString("00000000-0000-0000-0000-000000000016");
    private static final UUID QWEN_72B_INSTRUCT = UUID.fromString("00000000-0000-0000-0000-000000000017");

    private final List<NameEntry> index = new ArrayList<>();

    ModelKeyMatchTest() {
        model(GPT_4O, "gpt-4o", "GPT-4o", "GPT-4");
        model(GPT_4O_0806, "gpt-4o-2024-08-06", "GPT-4o (2024-08-06)", "GPT-4");
        model(KIMI_K2_0711, "kimi-k2-0711", "Kimi K2 0711", null);
        model(KIMI_K2_0905, "kimi-k2-0905", "Kimi-K2-0905", null);
        model(NOVA_3_LITE, "nova-3-lite", "Nova 3 Lite", null);
        model(LITE_NOVA_3, "lite-nova-3", "Lite Nova 3", null);
        model(QWEN_72B_INSTRUCT, "qwen2-5-72b-instruct", "Qwen2.5-72B-Instruct", "Qwen2.5");
    }

    private void model(UUID id, String slug, String name, String family) {
        index.addAll(NameMatcher.entriesFor(EntityKind.MODEL, id, slug, name, List.of(), family));
    }

    /** What a name designates by its identity keys, as resolution tries them. */
    private Match match(String name) {
        for (String key : NameKeys.modelKeys(name)) {
            Match m = NameMatcher.matchModelKey(name, key, index.stream()
                    .filter(e -> e.modelKey() != null
                            && NameKeys.modelKeyWords(e.modelKey()).equals(NameKeys.modelKeyWords(key)))
                    .toList());
            if (m.status() != Status.UNKNOWN) {
                return m;
            }
        }
        return new Match(name, Status.UNKNOWN, List.of());
    }

    @Test
    void storedKeysAreTheWordsThenTheSnapshotDate() {
        assertThat(NameKeys.modelKey("gpt-4o-2024-08-06")).isEqualTo("4o gpt@0806");
        assertThat(NameKeys.modelKey("GPT-4o 0806")).isEqualTo("4o gpt@0806");
        assertThat(NameKeys.modelKey("OpenAI GPT-4o")).isEqualTo("4o gpt");
        assertThat(NameKeys.modelKey("OpenAI")).isNull();
        assertThat(NameKeys.modelKeyWords("4o gpt@0806")).isEqualTo("4o gpt");
        assertThat(index).filteredOn(e -> e.kind() == EntityKind.MODEL).allSatisfy(e -> assertThat(e.modelKey())
                .isEqualTo(NameKeys.modelKey(e.surface())));
    }

    @Test
    void aModelNameAmongMakersAndProductNamesIsTriedAlone() {
        assertThat(NameKeys.modelKeys("阿里通义千问Qwen3")).containsExactly("3 qwen 阿里通义千问", "3 qwen");
        assertThat(NameKeys.modelKeys("阿里巴巴 通義千問 Qwen3")).containsExactly("3 qwen");
        assertThat(NameKeys.modelKeys("Qwen3")).containsExactly("3 qwen");
        // a word that could make another model keeps the name whole
        assertThat(NameKeys.modelKeys("DeepSeek-V3.2 (Thinking)")).containsExactly("3.2 deepseek thinking");
        assertThat(NameKeys.modelKeys("阿里新模型Qwen3")).containsExactly("3 qwen 阿里新模型");
    }

    @Test
    void aDatedNameFindsItsSnapshotElseTheModelWithoutDate() {
        assertThat(match("GPT-4o 0806")).satisfies(m -> {
            assertThat(m.status()).isEqualTo(Status.RESOLVED);
            assertThat(m.candidates()).extracting(Candidate::id).containsExactly(GPT_4O_0806);
            assertThat(m.candidates().get(0).via()).isEqualTo(Via.IDENTITY_KEY);
        });
        assertThat(match("GPT-4o 1120")).satisfies(m -> {
            assertThat(m.status()).isEqualTo(Status.RESOLVED);
            assertThat(m.candidates()).extracting(Candidate::id).containsExactly(GPT_4O);
            assertThat(m.candidates().get(0).reason()).isEqualTo(
                    "matches the slug 'gpt-4o' without the snapshot date, as no snapshot of that date is catalogued");
        });
        assertThat(match("OpenAI GPT-4o").candidates()).extracting(Candidate::id).containsExactly(GPT_4O);
    }

    @Test
    void aNameWithoutDatePicksNoSnapshot() {
        Match m = match("Moonshot Kimi K2");
        assertThat(m.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(m.candidates()).extracting(Candidate::id).containsExactlyInAnyOrder(KIMI_K2_0711, KIMI_K2_0905);
        assertThat(m.candidates()).extracting(Candidate::reason).contains(
                "is the dated snapshot 'kimi-k2-0711'; a name without a date designates no snapshot");
        assertThat(match("Kimi K2 (0905)").candidates()).extracting(Candidate::id).containsExactly(KIMI_K2_0905);
        assertThat(match("Kimi K2 1231").status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void twoModelsUnderOneKeyAreAmbiguousAndSaySo() {
        Match m = match("Nova Lite 3");
        assertThat(m.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(m.candidates()).extracting(Candidate::id).containsExactlyInAnyOrder(NOVA_3_LITE, LITE_NOVA_3);
        assertThat(m.candidates()).extracting(Candidate::reason).containsExactlyInAnyOrder(
                "matches the slug 'lite-nova-3' written another way, and so does a name of another model",
                "matches the slug 'nova-3-lite' written another way, and so does a name of another model");
    }

    @Test
    void variantsStayApart() {
        assertThat(match("Qwen2.5-72B").status()).isEqualTo(Status.UNKNOWN);
        assertThat(match("Alibaba Qwen2.5 72B Instruct").candidates()).extracting(Candidate::id)
                .containsExactly(QWEN_72B_INSTRUCT);
        assertThat(match("GPT-4o mini").status()).isEqualTo(Status.UNKNOWN);
        assertThat(match("Nova 3 Pro").status()).isEqualTo(Status.UNKNOWN);
        assertThat(match("Nova 3 Lite Thinking").status()).isEqualTo(Status.UNKNOWN);
    }

    /**
     * The stored identity keys of a fixed set of names, condensed. It changes when the rules of
     * {@link ai.frontierwatch.text.ModelKey} change a key: then raise {@link NameKeys#MODEL_KEY_RULES} (so that the
     * service recomputes stored keys at start) and add the new fingerprint under the new version.
     */
    @Test
    void theRulesVersionChangesWithTheKeys() throws NoSuchAlgorithmException {
        Map<Integer, String> fingerprints = Map.of(1, "ec0cbb954f495322");
        List<String> names = List.of("GPT-4o", "gpt-4o-2024-08-06", "GPT-4o 0806", "OpenAI o3", "o3-mini", "o3 pro",
                "Claude 4.5 Sonnet", "claude-sonnet-4-5", "Opus 4.6", "Claude 3.7 Sonnet Thinking", "阿里通义千问Qwen3",
                "通義千問3", "Qwen2.5-72B-Instruct", "qwen2-5-72b-instruct", "Qwen3-235B-A22B", "Llama-3.1-8B",
                "Meta Llama 3.1 70B", "Gemma-2-27B-it", "DeepSeek-V3.2", "deepseek-v3-2", "DeepSeek V3.2 (Thinking)",
                "Gemini 3.0 Pro", "gemini-2.5-flash-lite", "GPT-5.5 (high)", "GPT-5.5 xhigh", "mimo-v2-pro-20260318",
                "Kimi K2 0905", "混元图像3.0", "豆包1.6-vision", "ERNIE 4.5", "文心一言4.5", "ChatGPT-4o-latest",
                "Qwen 3.6 27b Q6", "Mistral Large 2411", "GLM-4.5-Air", "MiniMax-M2.5", "OpenAI");
        StringBuilder keys = new StringBuilder();
        for (String name : names) {
            keys.append(name).append('=').append(NameKeys.modelKey(name)).append('\n');
        }
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(keys.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        assertThat(fingerprint).as("identity keys changed:\n%sraise NameKeys.MODEL_KEY_RULES", keys)
                .isEqualTo(fingerprints.get(NameKeys.MODEL_KEY_RULES));
    }
}
