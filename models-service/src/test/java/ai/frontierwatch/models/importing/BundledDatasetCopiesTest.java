package ai.frontierwatch.models.importing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.models.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The datasets carried in catalog-data/ are the published files, byte for byte (only a snapshot's name may
 * carry its date). Compared with the collected originals when they are present; skipped otherwise.
 */
class BundledDatasetCopiesTest {

    private static final Map<String, String> RENAMED = Map.of(
            "lmarena-arena-catalog/leaderboard-text.2025-12-11.json", "lmarena-arena-catalog/leaderboard-text.json");

    @Test
    void everyBundledDataFileIsTheOriginal() throws IOException {
        String shared = System.getProperty("fw.shared.dir");
        Path originals = shared == null ? null : Path.of(shared, "datasets");
        Assumptions.assumeTrue(originals != null && Files.isDirectory(originals),
                "shared datasets not found (system property fw.shared.dir); skipping the comparison of the copies");
        Path bundled = ProjectFiles.resolve("catalog-data");
        List<Path> copies;
        try (Stream<Path> files = Files.walk(bundled)) {
            copies = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json"))
                    .filter(f -> !f.startsWith(bundled.resolve("curated"))).sorted().toList();
        }
        assertThat(copies).hasSize(39 + 3 + 20);
        for (Path copy : copies) {
            String relative = bundled.relativize(copy).toString().replace('\\', '/');
            Path original = originals.resolve(RENAMED.getOrDefault(relative, relative));
            assertThat(Files.mismatch(copy, original)).as(relative).isEqualTo(-1L);
        }
    }
}
