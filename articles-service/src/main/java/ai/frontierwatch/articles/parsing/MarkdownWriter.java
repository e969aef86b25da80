package ai.frontierwatch.articles.parsing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes a block read from HTML as Markdown, so that an article's body is Markdown throughout. */
final class MarkdownWriter {

    private MarkdownWriter() {
    }

    static String of(Block b) {
        StringBuilder md = new StringBuilder();
        switch (b.kind()) {
            case HEADING -> md.append("#".repeat(b.level())).append(' ').append(inline(b.content()));
            case PARAGRAPH -> md.append(inline(b.content()));
            case QUOTE -> md.append("> ").append(inline(b.content()).replace("\n", "\n> "));
            case LIST -> {
                for (InlineText item : b.items()) {
                    if (!md.isEmpty()) {
                        md.append('\n');
                    }
                    md.append("- ").append(inline(item).replace("\n", "\n  "));
                }
            }
            case TABLE -> table(b.table(), md);
            case CODE -> md.append("```\n").append(b.text()).append("\n```");
            case RULE -> md.append("---");
        }
        for (Link image : b.images()) {
            md.append(md.isEmpty() ? "" : "\n").append("![").append(image.text() == null ? "" : image.text())
                    .append("](").append(image.url()).append(')');
        }
        return md.toString();
    }

    /** The text with its named links written as Markdown links. */
    static String inline(InlineText t) {
        StringBuilder md = new StringBuilder();
        int at = 0;
        for (InlineText.Anchor a : t.anchors()) {
            if (a.link().text() == null || a.start() < at) {
                continue;
            }
            md.append(t.text(), at, a.start()).append('[').append(t.text(), a.start(), a.end()).append("](")
                    .append(a.link().url()).append(')');
            at = a.end();
        }
        return md.append(t.text(), at, t.text().length()).toString();
    }

    private static void table(ParsedTable t, StringBuilder md) {
        Set<ParsedTable.BoldCell> bold = new HashSet<>(t.bold());
        row(t.header(), -1, bold, md);
        md.append('\n').append("|---".repeat(Math.max(1, t.header().size()))).append('|');
        for (int r = 0; r < t.rows().size(); r++) {
            md.append('\n');
            row(t.rows().get(r), r, bold, md);
        }
    }

    private static void row(List<String> cells, int r, Set<ParsedTable.BoldCell> bolds, StringBuilder md) {
        md.append('|');
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).replace("|", "\\|");
            boolean bold = !cell.isEmpty() && bolds.contains(new ParsedTable.BoldCell(r, c));
            md.append(' ').append(bold ? "**" + cell + "**" : cell).append(" |");
        }
    }
}
