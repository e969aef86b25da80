package ai.frontierwatch.insights.matching;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.text.FoldedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names as release notes and news write them, resolved against a catalogue that spells them otherwise. */
class ModelResolutionTest {

    private static ModelState model(String id, String name, String... aliases) {
        return new ModelState(id, id, name, null, null, List.of(aliases), null, "text", null, null);
    }

    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            model("gpt-4o", "GPT-4o"),
            model("gpt-4o-0806", "gpt-4o-2024-08-06"),
            model("claude-35-sonnet-0620", "claude-3-5-sonnet-20240620"),
            model("o3-mini", "o3-mini"),
            model("o3", "o3"),
            model("kimi-k2-0711", "Kimi-K2-Instruct-0711"),
            model("llama-31-8b", "Llama 3.1 8B"),
            model("llama-31-8b-instruct", "Llama 3.1 8B Instruct"),
            model("mixtral-8x7b", "Mixtral 8x7B"),
            model("gemma-2-27b-it", "gemma-2-27b-it"),
            model("qwen3-32b", "Qwen3-32B"),
            model("qwen35-397b", "Qwen3.5-397B-A17B"),
            model("claude-opus-45", "Claude Opus 4.5"),
            model("qwen", "Qwen", "通义千问"),
            model("qwen2-7b", "Qwen2-7B"),
            model("gpt-4o-0513", "gpt-4o-2024-05-13", "GPT-4o")), List.of(), List.of());

    private static List<String> ids(String text) {
        return CATALOGUE.findNames(FoldedText.of(text)).stream().map(h -> Catalogue.idOf(h,
                ai.frontierwatch.insights.domain.EntityKind.MODEL).orElse("?")).toList();
    }

    @Test
    void datedSnapshotsFindTheirSnapshotOrElseTheModel() {
        assertThat(ids("GPT-4o 0806 and GPT-4o-2024-08-06 beat GPT-4o")).containsExactly("gpt-4o-0806", "gpt-4o-0806", "gpt-4o");
        assertThat(ids("Claude-3.5-Sonnet-0620")).containsExactly("claude-35-sonnet-0620");
        assertThat(ids("o3-mini-0131 and OpenAI o3")).containsExactly("o3-mini", "o3");
        assertThat(ids("GPT-4o-1120")).containsExactly("gpt-4o");
    }

    @Test
    void separatorsVersionSpellingsAndWordOrderAreOneName() {
        assertThat(ids("Llama-3.1-8B, Mixtral-8x7B, Gemma-2-27B-Instruct, Qwen 3 32B"))
                .containsExactly("llama-31-8b", "mixtral-8x7b", "gemma-2-27b-it", "qwen3-32b");
        assertThat(ids("Claude 4.5 Opus, claude-opus-4-5, Opus 4.5")).containsExactly("claude-opus-45", "claude-opus-45",
                "claude-opus-45");
        assertThat(ids("Qwen3.5-397B 与 通义千问")).containsExactly("qwen35-397b", "qwen");
    }

    @Test
    void variantsStayApart() {
        assertThat(ids("Llama-3.1-8B-Instruct vs Llama-3.1-8B-Base vs Qwen3-32B-Thinking"))
                .containsExactly("llama-31-8b-instruct", "discovered:3.1-8b-base-llama", "discovered:3-32b-qwen-thinking");
        // The snapshot of the instruct model is not the model "Kimi K2" the text names without "Instruct".
        assertThat(ids("Kimi K2 0711")).containsExactly("discovered:k2-kimi");
    }

    @Test
    void aSpellingThatMeansAnotherModelIsNotTheCatalogueName() {
        // "Qwen 27B" folds to the letters of "Qwen2-7B", but its numbers say a 27B model of no stated version.
        assertThat(ids("Qwen 27B and Qwen2-7B")).containsExactly("qwen2-7b");
        // A model's own name outranks the same name given as an alias of a dated snapshot.
        assertThat(ids("GPT-4o")).containsExactly("gpt-4o");
        assertThat(ids("the GPT-4o mini, the DeepSeek V4 base model")).containsExactly("discovered:4o-gpt-mini",
                "discovered:4-deepseek");
    }

    @Test
    void entriesOfOneModelAtSeveralEffortsDoNotHideTheModelsName() {
        Catalogue catalogue = new Catalogue(List.of(model("gpt-55-high", "gpt-5.5-high"), model("gpt-55-xhigh", "gpt-5.5-xhigh"),
                model("gpt-55-low", "gpt-5.5-low")), List.of(), List.of());
        assertThat(catalogue.findNames(FoldedText.of("GPT-5.5 and gpt-5.5-xhigh")).stream()
                .map(h -> Catalogue.idOf(h, ai.frontierwatch.insights.domain.EntityKind.MODEL).orElse("?")).toList())
                .containsExactly("discovered:5.5-gpt", "gpt-55-xhigh");
    }

    @Test
    void entriesAtAnotherPrecisionDoNotHideTheModelNamedExactly() {
        Catalogue catalogue = new Catalogue(List.of(model("llama-405b-instruct", "Llama-3.1-405B-Instruct"),
                model("llama-405b-instruct-bf16", "llama-3.1-405b-instruct-bf16"),
                model("llama-405b-instruct-fp8", "llama-3.1-405b-instruct-fp8")), List.of(), List.of());
        assertThat(catalogue.findNames(FoldedText.of("| LLama3.1 405B Inst. | llama-3.1-405b-instruct-fp8 |")).stream()
                .map(h -> Catalogue.idOf(h, ai.frontierwatch.insights.domain.EntityKind.MODEL).orElse("?")).toList())
                // a precision runs the same model: written in full it is the model too, no longer nobody
                .containsExactly("llama-405b-instruct", "llama-405b-instruct");
    }

    @Test
    void aModelLineTheCatalogueHoldsOnlyAsSnapshotsOrVariantsIsAFamily() {
        Catalogue catalogue = new Catalogue(List.of(
                new ModelState("gpt-4o-0513", "gpt-4o-0513", "gpt-4o-2024-05-13", null, null, List.of(), "GPT-4o", "text", null, null),
                new ModelState("gpt-4o-0806", "gpt-4o-0806", "gpt-4o-2024-08-06", null, null, List.of(), "GPT-4o", "text", null, null),
                model("o4-mini-0416", "o4-mini-2025-04-16"),
                new ModelState("sonnet-45-nt", "sonnet-45-nt", "Claude Sonnet 4.5 (no thinking)", null, null,
                        List.of("claude-sonnet-4-5-20250929"), "Claude Sonnet 4.5", "text", null, null),
                new ModelState("sonnet-45-16k", "sonnet-45-16k", "Claude Sonnet 4.5 (16k thinking)", null, null,
                        List.of(), "Claude Sonnet 4.5", "text", null, null),
                new ModelState("gpt-5", "gpt-5", "GPT-5", null, null, List.of(), "GPT-5", "text", null, null),
                new ModelState("gpt-5-high", "gpt-5-high", "GPT-5 (high)", null, null, List.of(), "GPT-5", "text", null, null)),
                List.of(), List.of());
        assertThat(catalogue.findNames(FoldedText.of("GPT-4o, GPT-4o 0806, o4-mini, Claude Sonnet 4.5, claude-sonnet-4-5-20250929, GPT-5"))
                .stream().map(h -> Catalogue.idOf(h, ai.frontierwatch.insights.domain.EntityKind.MODEL).orElse("?")).toList())
                .containsExactly("family:4o-gpt", "gpt-4o-0806", "family:mini-o4", "family:4.5-claude-sonnet", "sonnet-45-nt",
                        "gpt-5");
        assertThat(catalogue.familyMembers("family:4o-gpt")).containsExactlyInAnyOrder("gpt-4o-0513", "gpt-4o-0806");
        assertThat(catalogue.familyMembers("family:4.5-claude-sonnet")).containsExactlyInAnyOrder("sonnet-45-nt", "sonnet-45-16k");
        assertThat(catalogue.familyMembers("family:mini-o4")).containsExactly("o4-mini-0416");
    }
}
