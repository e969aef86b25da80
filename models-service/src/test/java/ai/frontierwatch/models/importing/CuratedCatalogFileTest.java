package ai.frontierwatch.models.importing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.models.ProjectFiles;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.service.BenchmarkService;
import ai.frontierwatch.text.TextFolding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The curated catalogue file that ./run loads: enough benchmarks, each saying what it measures and how to read
 * it, and no spelling that designates two of them, together with the sample catalogue it is loaded beside
 * (entities with the same slug are one). Names are compared as identity resolution compares them
 * ({@link NameKeys}) and as text matching does (folded, separators ignored).
 */
class CuratedCatalogFileTest {

    static final String CURATED = "catalog-data/curated/frontier-watch-curated.json";
    static final String SAMPLE = "sample-data/catalog/frontier-watch-catalog.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void atLeast150BenchmarksEachWithUnitDirectionAndCategory() throws IOException {
        JsonNode file = read(CURATED);
        assertThat(file.path("format").asText()).isEqualTo("frontier-watch-catalog/v1");
        JsonNode benchmarks = file.get("benchmarks");
        assertThat(benchmarks.size()).isGreaterThanOrEqualTo(150);
        Set<String> slugs = new TreeSet<>();
        Map<String, Integer> perCategory = new TreeMap<>();
        for (JsonNode b : benchmarks) {
            String slug = b.path("slug").asText();
            assertThat(slug).as("slug").matches("[a-z0-9][a-z0-9.-]*");
            assertThat(slugs.add(slug)).as("slug %s once", slug).isTrue();
            assertThat(b.path("name").asText()).as("name of %s", slug).isNotBlank();
            assertThat(BenchmarkService.UNITS).as("unit of %s", slug).contains(b.path("unit").asText());
            assertThat(BenchmarkService.CATEGORIES).as("category of %s", slug).contains(b.path("category").asText());
            assertThat(b.path("higherIsBetter").isBoolean()).as("direction of %s", slug).isTrue();
            if (b.path("unit").asText().equals("PERCENT")) {
                assertThat(List.of(b.path("minValue").asDouble(-1), b.path("maxValue").asDouble(-1)))
                        .as("range of %s", slug).containsExactly(0.0, 100.0);
            }
            if (b.hasNonNull("minValue") && b.hasNonNull("maxValue")) {
                assertThat(b.get("minValue").asDouble()).as("range of %s", slug)
                        .isLessThanOrEqualTo(b.get("maxValue").asDouble());
            }
            perCategory.merge(b.path("category").asText(), 1, Integer::sum);
        }
        assertThat(perCategory).containsKeys("KNOWLEDGE", "REASONING", "MATH", "CODING", "AGENTIC", "MULTIMODAL",
                "LONG_CONTEXT", "INSTRUCTION_FOLLOWING", "SAFETY", "PREFERENCE", "LANGUAGE");
    }

    @Test
    void noSpellingDesignatesTwoBenchmarks() throws IOException {
        assertNoSharedSpelling("benchmarks");
    }

    @Test
    void noSpellingDesignatesTwoVendors() throws IOException {
        assertNoSharedSpelling("vendors");
    }

    private static void assertNoSharedSpelling(String section) throws IOException {
        Map<String, List<String>> entities = new LinkedHashMap<>();
        for (String file : List.of(SAMPLE, CURATED)) {
            for (JsonNode n : read(file).path(section)) {
                List<String> names = entities.computeIfAbsent(n.path("slug").asText(), s -> new ArrayList<>());
                names.add(n.path("name").asText());
                n.path("aliases").forEach(a -> names.add(a.asText()));
            }
        }
        assertThat(sharedKeys(entities, NameKeys::key, true)).as("spellings resolved to several " + section).isEmpty();
        assertThat(sharedKeys(entities, CuratedCatalogFileTest::textKey, false)).as("spellings matched to several "
                + section).isEmpty();
    }

    /** Keys under which more than one entity is found, with the entities' slugs. */
    private static Map<String, Set<String>> sharedKeys(Map<String, List<String>> entities, Function<String, String> key,
            boolean withSlug) {
        Map<String, Set<String>> owners = new TreeMap<>();
        entities.forEach((slug, names) -> {
            List<String> spellings = new ArrayList<>(names);
            if (withSlug) {
                spellings.add(slug);
            }
            spellings.forEach(s -> owners.computeIfAbsent(key.apply(s), k -> new TreeSet<>()).add(slug));
        });
        owners.values().removeIf(slugs -> slugs.size() < 2);
        return owners;
    }

    /** How text matching compares a name: folded (width, case, Chinese script), separators ignored. */
    static String textKey(String name) {
        return TextFolding.fold(name).replaceAll("[\\s\\-_·‧‐‑]", "");
    }

    static JsonNode read(String relative) throws IOException {
        return JSON.readTree(Files.readString(ProjectFiles.resolve(relative)));
    }
}
