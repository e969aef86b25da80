package ai.frontierwatch.articles.parsing;

import java.util.List;

/**
 * A Markdown table kept as structure.
 *
 * @param caption the heading the table sits under, or null
 * @param bold    cells written in bold ({@code row} is -1 for the header row)
 */
public record ParsedTable(String caption, List<String> header, List<List<String>> rows, List<BoldCell> bold) {

    public record BoldCell(int row, int column) {
    }
}
