package ai.frontierwatch.articles.parsing;

import java.util.List;

/**
 * Bounds the cells one document's tables may expand to: a merged cell is copied into every cell it covers, so
 * a few bytes of {@code colspan}/{@code rowspan} could otherwise ask for millions of cells.
 */
final class TableBudget {

    static final int MAX_COLUMNS = 128;
    static final int MAX_CELLS = 200_000;

    private int left = MAX_CELLS;
    private final List<String> warnings;
    private boolean warned;

    TableBudget(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Takes the cells of one row; false (and a warning, once) when the document's tables hold too many. */
    boolean take(int cells) {
        if (cells <= left) {
            left -= cells;
            return true;
        }
        left = 0;
        if (!warned) {
            warned = true;
            warnings.add("The document's tables hold more than " + MAX_CELLS + " cells: the rows beyond are not kept");
        }
        return false;
    }
}
