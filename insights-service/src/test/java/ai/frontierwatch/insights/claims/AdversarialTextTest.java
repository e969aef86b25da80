package ai.frontierwatch.insights.claims;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.fixtures.MarkdownArticles;
import ai.frontierwatch.insights.matching.Catalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text built to make backtracking patterns slow or deep (a run of capitals, "1.1.1…" versions, names without end):
 * 60,000 characters of each, as much as an editor may send through the gateway, and tables of long cells. Each is read
 * to its end: the scores stated after it are still found. Before the patterns were made linear, a run of capitals took
 * minutes and "1.1.1…" overflowed the stack.
 */
class AdversarialTextTest {

    private static final List<String> UNITS = List.of("A", "Aa", "a", "1", "1.", "a.", "v1.", "a ", "1 ", "-", "a-",
            "_", "*", "|", "#", "中文", "。", "（", "[", "<", "%", "1,", "`", "'", "x1", "GPT-", "gpt 4 ", "o3 ", "1. ",
            "\\", "±", "(1", "a-1", "Qwen3 ", "A b", "a.b", "GPT-5 ", "在 A ", "Bench ", "得分", "Model-7B ", "AB-", "vs ");
    private static final String SCORE = "\n\nGPT-5.5 scored 71.2% on WeirdML.\n";

    private final Catalogue catalogue = CatalogFixture.load().catalogue();

    private List<ExtractedClaim> claims(String markdown) {
        ArticleState article = MarkdownArticles.parse("a", markdown, null, "en");
        return ClaimExtractor.extract(catalogue, article);
    }

    @Test
    void proseBuiltToBacktrackIsReadToItsEnd() {
        for (String unit : UNITS) {
            List<ExtractedClaim> found = claims("# Title\n\n" + unit.repeat(60_000 / unit.length()) + SCORE);
            assertThat(found).as("after %s", unit).anySatisfy(c -> {
                assertThat(c.modelName()).isEqualTo("GPT-5.5");
                assertThat(c.benchmarkName()).isEqualTo("WeirdML");
                assertThat(c.value()).isEqualTo(71.2);
            });
        }
    }

    @Test
    void tablesOfLongCellsAreReadToTheirLastRow() {
        for (String unit : UNITS) {
            String cell = unit.repeat(2_000 / unit.length()).replace("|", "/").replace("\n", " ").strip();
            String table = "# Title\n\n| Model | WeirdML |\n|---|---|\n" + ("| " + cell + " | 1.5 |\n").repeat(25)
                    + "| GPT-5.5 | 71.2 |\n";
            assertThat(claims(table)).as("table of %s", unit)
                    .anySatisfy(c -> assertThat(c.modelName() + " " + c.value()).isEqualTo("GPT-5.5 71.2"));
        }
    }
}
