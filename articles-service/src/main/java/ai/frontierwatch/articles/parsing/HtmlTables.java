package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML {@code <table>} into a grid: a cell merged over rows or columns ({@code rowspan},
 * {@code colspan}) has its text copied into every cell it covers; header rows ({@code <thead>}, or leading
 * rows of {@code <th>} only) are merged per column into one header cell.
 */
final class HtmlTables {

    private record Cell(String text, boolean bold, boolean head, int rowspan, int colspan) {
        static final Cell EMPTY = new Cell("", false, false, 1, 1);
    }

    /** A row of the grid: its cells, how many start in it, and whether it belongs to the header. */
    private record Row(List<Cell> cells, int origins, boolean head) {
    }

    /** A cell still covering the rows below it. */
    private record Span(Cell cell, int rowsLeft) {
    }

    private HtmlTables() {
    }

    static Block read(Element table, TableBudget budget) {
        String caption = null;
        List<List<Element>> groups = new ArrayList<>();
        List<Boolean> groupIsHead = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> caption = caption != null ? caption : emptyToNull(HtmlText.cell(child).build().text());
                case "thead", "tbody", "tfoot" -> {
                    groups.add(child.children().stream().filter(e -> e.normalName().equals("tr")).toList());
                    groupIsHead.add(child.normalName().equals("thead"));
                }
                case "tr" -> {
                    groups.add(List.of(child));
                    groupIsHead.add(false);
                }
                default -> {
                    // colgroup and stray content carry no cells
                }
            }
        }
        List<Link> links = new ArrayList<>();
        List<Link> images = new ArrayList<>();
        List<Row> grid = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (!expand(groups.get(g), groupIsHead.get(g), grid, links, images, budget)) {
                break;
            }
        }
        int width = width(grid);
        if (caption == null && isTitleRow(grid, width)) {
            // a first row that is one cell across the table names the table: "Download Models" over its columns
            caption = emptyToNull(grid.get(0).cells().get(0).text());
            grid = grid.subList(1, grid.size());
        }
        int headerRows = headerRows(grid);
        List<String> header = new ArrayList<>(width);
        List<ParsedTable.BoldCell> bold = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            LinkedHashSet<String> texts = new LinkedHashSet<>();
            boolean allBold = true;
            for (int r = 0; r < headerRows; r++) {
                Cell cell = cellAt(grid.get(r), c);
                if (!cell.text().isEmpty()) {
                    texts.add(cell.text());
                    allBold &= cell.bold();
                }
            }
            header.add(String.join(" ", texts));
            if (!texts.isEmpty() && allBold) {
                bold.add(new ParsedTable.BoldCell(-1, c));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = headerRows; r < grid.size(); r++) {
            List<String> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                Cell cell = cellAt(grid.get(r), c);
                row.add(cell.text());
                if (cell.bold()) {
                    bold.add(new ParsedTable.BoldCell(rows.size(), c));
                }
            }
            rows.add(row);
        }
        return Block.table(new ParsedTable(caption, header, rows, bold, null), links, images);
    }

    /**
     * The rows of one row group (a merged cell does not reach beyond its group); false when the document's
     * budget of cells is spent.
     */
    private static boolean expand(List<Element> trs, boolean head, List<Row> grid, List<Link> links,
            List<Link> images, TableBudget budget) {
        Map<Integer, Span> pending = new HashMap<>();
        for (int t = 0; t < trs.size(); t++) {
            List<Cell> origins = new ArrayList<>();
            for (Element td : trs.get(t).children()) {
                String name = td.normalName();
                if (name.equals("td") || name.equals("th")) {
                    TextBuilder text = HtmlText.cell(td);
                    InlineText built = text.build();
                    links.addAll(built.links());
                    images.addAll(text.images());
                    int rowsLeft = trs.size() - t;
                    int rowspan = span(td.attr("rowspan"), rowsLeft);
                    origins.add(new Cell(built.text(), text.boldOnly(), name.equals("th"),
                            rowspan == 0 ? rowsLeft : rowspan, Math.max(1, span(td.attr("colspan"), TableBudget.MAX_COLUMNS))));
                }
            }
            if (origins.isEmpty() && pending.isEmpty()) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            int k = 0;
            int col = 0;
            while (col < TableBudget.MAX_COLUMNS && (k < origins.size() || hasPendingFrom(pending, col))) {
                Span covering = pending.remove(col);
                if (covering != null) {
                    row.add(covering.cell());
                    if (covering.rowsLeft() > 1) {
                        pending.put(col, new Span(covering.cell(), covering.rowsLeft() - 1));
                    }
                    col++;
                } else if (k < origins.size()) {
                    Cell c = origins.get(k++);
                    for (int dc = 0; dc < c.colspan() && col < TableBudget.MAX_COLUMNS; dc++, col++) {
                        row.add(c);
                        if (c.rowspan() > 1) {
                            pending.put(col, new Span(c, c.rowspan() - 1));
                        }
                    }
                } else {
                    row.add(Cell.EMPTY);
                    col++;
                }
            }
            if (!budget.take(row.size())) {
                return false;
            }
            boolean allHead = origins.stream().allMatch(Cell::head)
                    && row.stream().allMatch(c -> c.head() || c == Cell.EMPTY);
            grid.add(new Row(row, origins.size(), head || (!origins.isEmpty() && allHead)));
        }
        return true;
    }

    private static boolean hasPendingFrom(Map<Integer, Span> pending, int col) {
        for (int c : pending.keySet()) {
            if (c >= col) {
                return true;
            }
        }
        return false;
    }

    /**
     * Columns of the table: the widest row with at least two cells of its own. A row that is one cell spanning
     * everything (a section label, "colspan=15") does not widen the table.
     */
    private static int width(List<Row> grid) {
        int width = 0;
        int widest = 0;
        for (Row r : grid) {
            widest = Math.max(widest, r.cells().size());
            if (r.origins() >= 2) {
                width = Math.max(width, r.cells().size());
            }
        }
        return width > 0 ? width : widest;
    }

    private static boolean isTitleRow(List<Row> grid, int width) {
        if (grid.size() < 2 || width < 2 || grid.get(0).origins() != 1) {
            return false;
        }
        List<Cell> first = grid.get(0).cells();
        return first.size() >= width && first.get(0) == first.get(width - 1) && first.get(0).rowspan() == 1;
    }

    /** Leading header rows; a table without any takes its first row as header. */
    private static int headerRows(List<Row> grid) {
        int n = 0;
        while (n < grid.size() && grid.get(n).head()) {
            n++;
        }
        if (n == grid.size() && n > 1) {
            return 1;
        }
        return n == 0 && !grid.isEmpty() ? 1 : n;
    }

    private static Cell cellAt(Row row, int c) {
        return c < row.cells().size() ? row.cells().get(c) : Cell.EMPTY;
    }

    /** A rowspan/colspan value as browsers read it: leading digits, at most {@code max}; 1 when unreadable. */
    private static int span(String value, int max) {
        String v = value.strip();
        int n = 0;
        int digits = 0;
        while (digits < v.length() && Character.isDigit(v.charAt(digits)) && digits < 6) {
            n = n * 10 + (v.charAt(digits) - '0');
            digits++;
        }
        if (digits == 0) {
            return 1;
        }
        return Math.min(n, max);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
