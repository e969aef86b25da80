package ai.frontierwatch.articles.parsing;

import java.util.List;

/**
 * A table kept as structure (a Markdown pipe table or an HTML table, merged cells copied into every cell
 * they cover).
 *
 * @param caption what the table is about: its own caption, else the heading it sits under (and the bold label
 *                line closer to it, "heading / label"), or null
 * @param header  one cell per column; several header rows are merged per column ("Qwen2.5 7B")
 * @param bold    cells written in bold ({@code row} is -1 for the header row)
 * @param notes   the short note right under the table ("* with tools"), or null
 */
public record ParsedTable(String caption, List<String> header, List<List<String>> rows, List<BoldCell> bold,
        String notes) {

    public record BoldCell(int row, int column) {
    }

    ParsedTable withCaptionAndNotes(String newCaption, String newNotes) {
        return new ParsedTable(newCaption, header, rows, bold, newNotes);
    }
}
