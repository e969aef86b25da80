package ai.frontierwatch.insights.matching;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.insights.domain.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueResolveTest {

    private final Catalogue catalogue = new Catalogue(
            List.of(new ModelState("m-gpt52", "gpt-5-2", "GPT-5.2", "v-openai", "openai", List.of(), null, "TEXT", null,
                    false), new ModelState("m-gem3", "gemini-3-pro", "Gemini 3 Pro", "v-google", "google", List.of(), null,
                    "TEXT", null, false)),
            List.of(new VendorState("v-openai", "openai", "OpenAI", List.of(), "US", null)),
            List.of(new BenchmarkState("b-swe", "swe-bench-verified", "SWE-bench Verified", List.of(), "CODING", "PERCENT",
                    true, 0.0, 100.0)));

    @Test
    void idsAndSlugsResolveToIdsInRequestOrderWithoutRepeats() {
        assertThat(catalogue.resolve(EntityKind.MODEL, List.of("gemini-3-pro", "m-gpt52", "gpt-5-2", "m-gem3")))
                .containsExactly("m-gem3", "m-gpt52");
        assertThat(catalogue.resolve(EntityKind.BENCHMARK, List.of("swe-bench-verified"))).containsExactly("b-swe");
        assertThat(catalogue.resolve(EntityKind.VENDOR, List.of("openai", "v-openai"))).containsExactly("v-openai");
    }

    @Test
    void unknownNamesAreKeptAndSlugsOfAnotherKindDoNotResolve() {
        assertThat(catalogue.resolve(EntityKind.MODEL, List.of("claude-opus-4-5", "gpt-5-2")))
                .containsExactly("claude-opus-4-5", "m-gpt52");
        assertThat(catalogue.resolve(EntityKind.BENCHMARK, List.of("gpt-5-2"))).containsExactly("gpt-5-2");
    }
}
