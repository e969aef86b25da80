package ai.frontierwatch.articles.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipe and HTML tables, what they are about, and the HTML inside Markdown as text. */
class TablesAndHtmlTest {

    private static ParsedArticle parse(String text) {
        return new DocumentParser().parse(DocumentText.normalize(text)).articles().get(0);
    }

    private static final String MERGED_CELLS = """
            ## Results

            <table>
              <thead>
                <tr><th rowspan="2">Category</th><th rowspan="2">Benchmark</th><th colspan="2">Qwen2.5</th><th>Llama&nbsp;3.1</th></tr>
                <tr><th>7B</th><th>72B</th><th>70B</th></tr>
              </thead>
              <tbody>
                <tr><td rowspan="2">Math</td><td>GSM8K</td><td>85.4</td><td><b>95.8</b></td><td>95.1</td></tr>
                <tr><td>MATH<sup>†</sup></td><td>49.8</td><td><strong>83.1</strong></td><td>68.0</td></tr>
                <tr><td>Code</td><td>HumanEval<br>(pass@1)</td><td colspan="2"><i>not</i> reported</td><td>80.5</td></tr>
              </tbody>
            </table>
            """;

    @Test
    void htmlTableWithMergedCellsAndTwoHeaderRowsIsAGridWithOneHeaderCellPerColumn() {
        ParsedTable t = parse(MERGED_CELLS).tables().get(0);
        assertThat(t.caption()).isEqualTo("Results");
        assertThat(t.header()).containsExactly("Category", "Benchmark", "Qwen2.5 7B", "Qwen2.5 72B", "Llama 3.1 70B");
        assertThat(t.rows()).containsExactly(
                List.of("Math", "GSM8K", "85.4", "95.8", "95.1"),
                List.of("Math", "MATH †", "49.8", "83.1", "68.0"),
                List.of("Code", "HumanEval (pass@1)", "not reported", "not reported", "80.5"));
        assertThat(t.bold()).containsExactly(new ParsedTable.BoldCell(0, 3), new ParsedTable.BoldCell(1, 3));
        assertThat(t.notes()).isNull();
    }

    @Test
    void aSectionRowSpanningTheTableIsCopiedIntoEveryColumnWithoutWideningIt() {
        ParsedTable t = parse("""
                <table>
                <tr><td>Benchmark</td><td>Model A</td><td>Model B</td></tr>
                <tr><td colspan="15"><strong>Math</strong></td></tr>
                <tr><td>GSM8K</td><td>80.1</td><td>79.0</td></tr>
                </table>
                """).tables().get(0);
        assertThat(t.header()).containsExactly("Benchmark", "Model A", "Model B");
        assertThat(t.rows()).containsExactly(List.of("Math", "Math", "Math"), List.of("GSM8K", "80.1", "79.0"));
        assertThat(t.bold()).containsExactly(new ParsedTable.BoldCell(0, 0), new ParsedTable.BoldCell(0, 1),
                new ParsedTable.BoldCell(0, 2));
    }

    @Test
    void aFirstRowThatIsOneCellAcrossTheTableNamesIt() {
        ParsedTable t = parse("""
                <table>
                <tr><td colspan="2"><strong>Download Models</strong></td></tr>
                <tr><td>Models</td><td>Download URL</td></tr>
                <tr><td>Model-Instruct</td><td><a href="https://example.com/instruct">Model-Instruct</a></td></tr>
                </table>
                """).tables().get(0);
        assertThat(t.caption()).isEqualTo("Download Models");
        assertThat(t.header()).containsExactly("Models", "Download URL");
        assertThat(t.rows()).containsExactly(List.of("Model-Instruct", "Model-Instruct"));
    }

    @Test
    void commentedOutTablesAndParagraphsAreNotContent() {
        ParsedArticle a = parse("""
                # Scores

                <!--
                <table><tr><th>Model</th><th>MMLU</th></tr><tr><td>Old</td><td>10.0</td></tr></table>
                -->

                <!-- | Model | MMLU |
                |---|---|
                | Old | 10.0 | -->

                <!--

                A paragraph taken out.

                -->

                Kept paragraph. <!-- hidden remark --> Still kept.

                | Model | MMLU |
                |---|---|
                | New | 88.0 |
                """);
        assertThat(a.tables()).singleElement().satisfies(t -> {
            assertThat(t.header()).containsExactly("Model", "MMLU");
            assertThat(t.rows()).containsExactly(List.of("New", "88.0"));
        });
        assertThat(a.plainText()).contains("Kept paragraph.").contains("Still kept.").doesNotContain("Old")
                .doesNotContain("10.0").doesNotContain("taken out").doesNotContain("hidden").doesNotContain("<!--");
    }

    @Test
    void crlfAndCrLineEndsReadLikeLf() {
        String lf = MERGED_CELLS + "\nA paragraph\nin two lines.\n\n| A | B |\n|---|---|\n| 1 | **2** |\n";
        ParsedArticle expected = parse(lf);
        for (String eol : List.of("\r\n", "\r")) {
            byte[] bytes = lf.replace("\n", eol).getBytes(StandardCharsets.UTF_8);
            ParsedArticle a = new DocumentParser().parse(DocumentText.decode(bytes, 1 << 20)).articles().get(0);
            assertThat(a.tables()).isEqualTo(expected.tables()).hasSize(2);
            assertThat(a.plainText()).isEqualTo(expected.plainText()).contains("A paragraph\nin two lines.")
                    .doesNotContain("\r");
        }
    }

    @Test
    void pipeTablesWithModelsInColumnsOrInRows() {
        ParsedArticle a = parse("""
                ### Coding

                | Benchmark | GLM-4.6 | Qwen3-Max |
                |---|---:|:---:|
                | SWE-bench Verified | 68.0 | **69.6** |
                | Terminal-Bench | 40.5 \\| 41.0 | - |

                ### Leaderboard

                Model | SWE-bench Verified | GPQA
                --- | --- | ---
                GLM-4.6 | 68.0 | __82.9__
                Qwen3-Max | **69.6**\\* | 81.0
                """);
        assertThat(a.tables()).hasSize(2);
        ParsedTable columns = a.tables().get(0);
        assertThat(columns.caption()).isEqualTo("Coding");
        assertThat(columns.header()).containsExactly("Benchmark", "GLM-4.6", "Qwen3-Max");
        assertThat(columns.rows()).containsExactly(List.of("SWE-bench Verified", "68.0", "69.6"),
                List.of("Terminal-Bench", "40.5 | 41.0", "-"));
        assertThat(columns.bold()).containsExactly(new ParsedTable.BoldCell(0, 2));
        ParsedTable rows = a.tables().get(1);
        assertThat(rows.caption()).isEqualTo("Leaderboard");
        assertThat(rows.header()).containsExactly("Model", "SWE-bench Verified", "GPQA");
        // the mark after a bold score stays in the cell and the cell stays bold
        assertThat(rows.rows()).containsExactly(List.of("GLM-4.6", "68.0", "82.9"), List.of("Qwen3-Max", "69.6*", "81.0"));
        assertThat(rows.bold()).containsExactly(new ParsedTable.BoldCell(0, 2), new ParsedTable.BoldCell(1, 1));
    }

    @Test
    void captionsComeFromTheHeadingAndACloserBoldLabelOrTheTablesOwnCaption() {
        ParsedArticle a = parse("""
                ## Evaluation

                **Base models**

                | Benchmark | Qwen2.5-72B |
                |---|---|
                | MMLU | 86.1 |

                <p><b>Instruction tuned models</b></p>

                <table><tr><th>Benchmark</th><th>Qwen2.5-72B-Instruct</th></tr><tr><td>MMLU-Pro</td><td>71.1</td></tr></table>

                ### Speed

                **This model is faster than any other we tried.**

                | Setting | Tokens/s |
                |---|---|
                | batch=1 | 20.2 |

                <table><caption>Memory use</caption><tr><th>Setting</th><th>GiB</th></tr><tr><td>FP8</td><td>80</td></tr></table>

                <h4>Long context</h4>

                <table><tr><th>Length</th><th>Score</th></tr><tr><td>128K</td><td>90.7</td></tr></table>
                """);
        assertThat(a.tables()).extracting(ParsedTable::caption).containsExactly("Evaluation / Base models",
                "Evaluation / Instruction tuned models", "Speed", "Memory use", "Long context");
    }

    @Test
    void theShortNoteUnderATableIsKeptWithIt() {
        ParsedArticle a = parse("""
                ## Agentic coding

                | Benchmark | GLM-4.6 |
                |---|---|
                | SWE-bench Verified | 68.0 |

                \\* with tools, OpenHands scaffold

                <table><tr><th>Benchmark</th><th>GLM-4.6</th></tr><tr><td>BFCL</td><td>70.1</td></tr></table>

                注：BFCL 使用官方评测脚本。

                | Benchmark | GLM-4.6 |
                |---|---|
                | AIME | 93.9 |

                The model improves on every benchmark above.
                """);
        assertThat(a.tables()).extracting(ParsedTable::notes).containsExactly("* with tools, OpenHands scaffold",
                "注：BFCL 使用官方评测脚本。", null);
    }

    @Test
    void htmlBlocksGiveTheirTextWithoutTagsAndWithEntitiesDecoded() {
        ParsedArticle a = parse("""
                # Model card

                <p align="center">
                  <img src="https://example.com/logo.png" alt="Logo" width="200"/>
                  <a href="https://example.com/paper">Technical&nbsp;Report</a> | <b>Demo</b>
                </p>

                <div>
                An HTML paragraph with &amp; entities &lt;tags&gt; and a <a href="https://example.com/x">link</a>.
                <script>var hidden = 1;</script><style>p { color: red }</style>
                </div>

                <details><summary>More</summary>

                Markdown inside **details**: [its link](https://example.com/md).

                </details>

                **GLM-4.6** scores *68.0%* on SWE-bench Verified, and 通義千問的**「Qwen3-Max」**達到 69.6%。
                """);
        assertThat(a.plainText()).isEqualTo("""
                Model card

                Logo Technical Report | Demo

                An HTML paragraph with & entities <tags> and a link.

                More

                Markdown inside details: its link.

                GLM-4.6 scores 68.0% on SWE-bench Verified, and 通義千問的「Qwen3-Max」達到 69.6%。""");
        assertThat(a.links()).extracting(Link::url).containsExactly("https://example.com/paper", "https://example.com/x",
                "https://example.com/md");
        assertThat(a.images()).containsExactly(new Link("Logo", "https://example.com/logo.png"));
        assertThat(a.bodyMarkdown()).doesNotContain("<p").doesNotContain("<div").contains("[link](https://example.com/x)");
    }

    @Test
    void tableRowsStandApartFromProseInThePlainText() {
        ParsedArticle a = parse("""
                Scores below.

                | Model | MMLU |
                |---|---|
                | New | 88.0 |

                After the table.
                """);
        assertThat(a.plainText()).isEqualTo("Scores below.\n\n| Model | MMLU |\n| New | 88.0 |\n\nAfter the table.");
    }
}
