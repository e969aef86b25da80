package ai.frontierwatch.articles.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a backtracking or recursive reader slow or deep: each is read completely (the parsers
 * work in linear time and bound nesting and merged cells), and the result says what the text is.
 */
class BoundedParsingTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse(DocumentText.normalize(text));
    }

    private static String plain(String text) {
        return parse(text).articles().get(0).plainText();
    }

    @Test
    void unclosedEmphasisAndBracketsStayText() {
        for (String unit : List.of("*a ", "[", "[a](", "![", "_a_b ", "<a ")) {
            String text = unit.repeat(48_000 / unit.length());
            assertThat(plain(text).equals(text.strip())).as(unit).isTrue();
        }
    }

    @Test
    void deepNestingIsReadToItsEnd() {
        assertThat(plain("> ".repeat(50_000) + "deep quote")).endsWith("deep quote");
        assertThat(plain("- ".repeat(50_000) + "deep item")).endsWith("deep item");
        assertThat(plain("<div>".repeat(50_000) + "deep div")).isEqualTo("deep div");
        assertThat(plain("<b>".repeat(50_000) + "bold")).isEqualTo("bold");
        // emphasis nests to a bounded depth; the markers beyond it stay text
        String nested = plain("*".repeat(50_000) + "x" + "*".repeat(50_000));
        assertThat(nested.replace("*", "")).isEqualTo("x");
        assertThat(nested.length()).isLessThan(100_001);
    }

    @Test
    void unclosedCommentsAndTemplateTagsLeaveTheTextAfterThem() {
        String tags = plain("text " + "{% if x ".repeat(20_000));
        assertThat(tags.length()).isEqualTo(5 + "{% if x ".length() * 20_000 - 1);
        assertThat(plain("text " + "{{ x ".repeat(20_000)).length()).isEqualTo(5 + "{{ x ".length() * 20_000 - 1);
        String comments = plain("kept\n\n" + "a <!-- b ".repeat(20_000));
        assertThat(comments.length()).isEqualTo(6 + "a <!-- b ".length() * 20_000 - 1);
        String branches = plain("{% if a %}kept{% else %}dropped{% endif %} ".repeat(20_000));
        assertThat(branches.length()).isEqualTo("kept ".length() * 20_000 - 1);
        assertThat(branches.contains("dropped")).isFalse();
    }

    @Test
    void mergedCellsCannotAskForMoreCellsThanTheBudget() {
        String bomb = "<table>" + "<tr><td colspan=\"1000\" rowspan=\"1000\">x</td><td>y</td></tr>".repeat(20_000)
                + "</table>";
        ParsedDocument doc = parse("# Bomb\n\n" + bomb);
        ParsedTable t = doc.articles().get(0).tables().get(0);
        assertThat(t.header()).hasSize(TableBudget.MAX_COLUMNS);
        assertThat((long) t.rows().size() * t.header().size()).isLessThanOrEqualTo(TableBudget.MAX_CELLS);
        assertThat(doc.warnings()).singleElement().asString().contains("rows beyond are not kept");
    }

    @Test
    void aPipeTableWiderThanTheCellBoundIsReadAsText() {
        String table = "|" + "a|".repeat(2_000) + "\n|" + "-|".repeat(2_000) + "\n" + "|x\n".repeat(2_000);
        ParsedDocument doc = parse("# Wide\n\n" + table);
        assertThat(doc.articles().get(0).tables()).isEmpty();
        assertThat(doc.articles().get(0).plainText()).contains("|a|a|a|");
        assertThat(doc.warnings()).singleElement().asString().contains("read as text");
    }

    @Test
    void threeMegabytesOfMixedMarkdownAndHtmlAreReadCompletely() {
        String unit = """
                ## Section

                Text with *emphasis*, a [link](https://example.com/a) and <b>bold</b> &amp; more.

                | Model | Score |
                |---|---|
                | A | 1.0 |

                <table><tr><th>Model</th><th>Score</th></tr><tr><td rowspan="2">B</td><td>2.0</td></tr><tr><td>3.0</td></tr></table>

                """;
        int units = 3 * 1024 * 1024 / unit.length();
        ParsedArticle a = parse(unit.repeat(units)).articles().get(0);
        assertThat(a.tables()).hasSize(2 * units);
        assertThat(a.tables().get(2 * units - 1).rows()).containsExactly(List.of("B", "2.0"),
                List.of("B", "3.0"));
        assertThat(a.plainText()).contains("Text with emphasis, a link and bold & more.");
    }
}
