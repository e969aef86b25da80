package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of a document, read from Markdown or from the HTML inside it.
 *
 * @param level    heading level (1–6) for headings, otherwise 0
 * @param content  the text of a heading, paragraph or quote (quoted paragraphs as lines), or code as written
 * @param items    list items, nested lists flattened after their parent item
 * @param table    the table of a TABLE block (its caption only when the table has its own)
 * @param boldOnly every character of the text is bold: a short one is a label acting as a heading
 * @param links    web links in document order (in the text, the items or the table's cells)
 * @param images   images shown in the block
 * @param markdown the block as Markdown: as written, or written from its HTML
 */
public record Block(Kind kind, int level, InlineText content, List<InlineText> items, ParsedTable table,
        boolean boldOnly, List<Link> links, List<Link> images, String markdown) {

    public enum Kind { HEADING, PARAGRAPH, LIST, QUOTE, TABLE, CODE, RULE }

    static Block of(Kind kind, int level, InlineText content, boolean boldOnly, List<Link> images) {
        return new Block(kind, level, content, List.of(), null, boldOnly, content.links(), List.copyOf(images), null);
    }

    static Block list(List<InlineText> items, List<Link> images) {
        List<Link> links = new ArrayList<>();
        items.forEach(i -> links.addAll(i.links()));
        return new Block(Kind.LIST, 0, InlineText.EMPTY, List.copyOf(items), null, false, links, List.copyOf(images),
                null);
    }

    static Block table(ParsedTable table, List<Link> links, List<Link> images) {
        return new Block(Kind.TABLE, 0, InlineText.EMPTY, List.of(), table, false, List.copyOf(links),
                List.copyOf(images), null);
    }

    Block withMarkdown(String md) {
        return new Block(kind, level, content, items, table, boldOnly, links, images, md);
    }

    /** The plain text of a heading, paragraph, quote or code block. */
    public String text() {
        return content.text();
    }
}
