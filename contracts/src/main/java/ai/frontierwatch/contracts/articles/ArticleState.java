package ai.frontierwatch.contracts.articles;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What consumers need of an article to derive mentions, claims and trends.
 *
 * @param publishedAt null when the document gave no usable date
 * @param language    one of zh-Hans, zh-Hant, en, mixed
 */
public record ArticleState(
        String id,
        String title,
        String url,
        String source,
        OffsetDateTime publishedAt,
        String language,
        String category,
        List<String> tags,
        String plainText,
        List<Table> tables,
        String contentHash) {

    /**
     * A table kept as structure: header cells and rows of cells, in document order (a merged cell's text is in
     * every cell it covers; several header rows are merged per column).
     *
     * @param caption what the table is about: its own caption, else the heading it sits under, joined with a
     *                closer bold label line as "heading / label" ("Benchmarks / Instruction tuned models"); null
     *                when nothing names it
     * @param bold    the cells written in bold, usually the best score of a row or column; never null (events
     *                written before the field existed decode with an empty list)
     * @param notes   the short note written right under the table ("* with tools", "注：…"), where conditions of
     *                its scores are stated; null when there is none (and in events written before the field existed)
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<BoldCell> bold,
            String notes) {

        public Table {
            bold = bold == null ? List.of() : bold;
        }

        /** A table without a note. */
        public Table(String caption, List<String> header, List<List<String>> rows, List<BoldCell> bold) {
            this(caption, header, rows, bold, null);
        }

        /** A table without bold cells (or whose bold cells are not known) and without a note. */
        public Table(String caption, List<String> header, List<List<String>> rows) {
            this(caption, header, rows, List.of(), null);
        }
    }

    /**
     * A cell of a table written in bold.
     *
     * @param row    index into {@link Table#rows()}, or -1 for a header cell
     * @param column index of the cell in its row
     */
    public record BoldCell(int row, int column) {
    }
}
