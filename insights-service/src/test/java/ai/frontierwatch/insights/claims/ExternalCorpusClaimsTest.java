package ai.frontierwatch.insights.claims;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.fixtures.MarkdownArticles;
import ai.frontierwatch.insights.matching.Catalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Over 300 real articles (shared corpus/ext): every claim quotes its number and its benchmark as written, and
 * the brief stating a catalogue model's score on a catalogue benchmark yields that claim.
 */
class ExternalCorpusClaimsTest {

    private final Catalogue catalogue = CatalogFixture.load().catalogue();

    @Test
    void claimsOverTheExternalCorpusQuoteTheirNumbersAndBenchmarks() throws IOException {
        Path ext = MarkdownArticles.sharedDir().map(d -> d.resolve("corpus/ext")).orElse(null);
        Assumptions.assumeTrue(ext != null && Files.isDirectory(ext), "shared corpus/ext not present (fw.shared.dir): skipping");
        List<Path> files;
        try (var walk = Files.walk(ext)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("MANIFEST.md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(300);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            ArticleState article = MarkdownArticles.parse(file.getFileName().toString(), text, null, "mixed");
            for (ExtractedClaim c : ClaimExtractor.extract(catalogue, article)) {
                String written = String.format(Locale.ROOT, "%." + c.decimals() + "f", c.value());
                String grouped = String.format(Locale.ROOT, "%,." + c.decimals() + "f", c.value());
                assertThat(c.quote().contains(written) || c.quote().contains(grouped)).as(file + ": " + c).isTrue();
                assertThat(c.quote()).as(file + ": " + c).contains(c.benchmarkName());
                if (catalogue.model(String.valueOf(c.modelId())).isPresent()) {
                    found.add(file.getFileName() + " " + c.modelName() + " " + c.benchmarkName() + " " + written);
                }
            }
        }
        assertThat(found).contains("2026-02-13-index.md Gemini 3 Deep Think ARC-AGI-2 84.6");
    }
}
