package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown document into blocks with commonmark (CommonMark and GitHub pipe tables), and the HTML
 * blocks inside it with jsoup ({@link HtmlBlocks}). Both parsers work in time linear in the input and bound
 * nesting; the trees are walked without recursion beyond the bounded block nesting.
 */
public final class Blocks {

    /** Deeper quotes and lists are read as text (also bounds the recursion over nested blocks). */
    private static final int MAX_NESTING = 32;
    private static final Parser PARSER = parser(true);
    private static final Parser WITHOUT_TABLES = parser(false);

    /**
     * A document read into blocks.
     *
     * @param markdown the document as Markdown: what was written, with its HTML written as Markdown
     * @param warnings what could not be kept (tables beyond the cell budget)
     */
    public record Parsed(List<Block> blocks, String markdown, List<String> warnings) {
    }

    private Blocks() {
    }

    private static Parser parser(boolean tables) {
        Parser.Builder b = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .maxOpenBlockParsers(MAX_NESTING).maxInlineNesting(MAX_NESTING);
        b.extensions(tables
                ? List.of(TablesExtension.builder().maxCells(TableBudget.MAX_CELLS).build(), StrikethroughExtension.create())
                : List.of(StrikethroughExtension.create()));
        return b.build();
    }

    public static Parsed parse(String markdown) {
        List<String> warnings = new ArrayList<>();
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (IllegalArgumentException e) {
            // the pipe-table reader refuses tables beyond its cell bound: they stay text
            warnings.add("The document's pipe tables hold more than " + TableBudget.MAX_CELLS
                    + " cells: they are read as text");
            document = WITHOUT_TABLES.parse(markdown);
        }
        TableBudget budget = new TableBudget(warnings);
        List<Block> blocks = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        Node node = document.getFirstChild();
        while (node != null) {
            Node last = node;
            List<Block> read = new ArrayList<>();
            boolean asWritten;
            if (node instanceof HtmlBlock html) {
                // an HTML table runs on over blank lines (which end an HTML block in Markdown) until it is closed
                int open = openTables(html.getLiteral());
                while (open > 0 && last.getNext() != null) {
                    last = last.getNext();
                    open += openTables(source(markdown, last, last));
                }
                read.addAll(HtmlBlocks.read(node == last ? html.getLiteral() : source(markdown, node, last), budget));
                asWritten = false;
            } else {
                block(node, read, budget);
                asWritten = read.size() <= 1 && !holdsHtml(node);
            }
            if (asWritten) {
                String written = source(markdown, node, last);
                read.replaceAll(b -> b.withMarkdown(written));
                append(body, written);
            } else {
                read.replaceAll(b -> b.markdown() != null ? b : b.withMarkdown(MarkdownWriter.of(b)));
                read.forEach(b -> append(body, b.markdown()));
            }
            blocks.addAll(read);
            node = last.getNext();
        }
        return new Parsed(blocks, body.toString(), warnings);
    }

    /** Plain text of a short piece of Markdown (a description in front matter). */
    public static String plain(String markdown) {
        List<String> parts = new ArrayList<>();
        for (Block b : parse(markdown).blocks()) {
            parts.add(b.kind() == Block.Kind.LIST ? String.join("\n", b.items().stream().map(InlineText::text).toList())
                    : b.text());
        }
        return String.join("\n", parts);
    }

    private static void append(StringBuilder body, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        if (!body.isEmpty()) {
            body.append("\n\n");
        }
        body.append(markdown);
    }

    /** The blocks of one Markdown node (a quote or list holding a table gives the table as a block of its own). */
    private static void block(Node node, List<Block> out, TableBudget budget) {
        switch (node) {
            case Heading h -> {
                TextBuilder text = inline(h, false);
                out.add(Block.of(Block.Kind.HEADING, h.getLevel(), text.build(), text.boldOnly(), text.images()));
            }
            case Paragraph p -> {
                TextBuilder text = inline(p, false);
                out.add(Block.of(Block.Kind.PARAGRAPH, 0, text.build(), text.boldOnly(), text.images()));
            }
            case BlockQuote q -> quote(q, out, budget);
            case ListBlock l -> list(l, out, budget);
            case FencedCodeBlock c -> out.add(code(c.getLiteral()));
            case IndentedCodeBlock c -> out.add(code(c.getLiteral()));
            case ThematicBreak t -> out.add(Block.of(Block.Kind.RULE, 0, InlineText.EMPTY, false, List.of()));
            case HtmlBlock h -> out.addAll(HtmlBlocks.read(h.getLiteral(), budget));
            case TableBlock t -> out.add(table(t, budget));
            case LinkReferenceDefinition d -> {
                // a link's target, used where the link is
            }
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, out, budget);
                }
            }
        }
    }

    /** Code as written; web addresses in it still count as the article's links. */
    static Block code(String literal) {
        String code = literal.stripTrailing();
        List<InlineText.Anchor> urls = new ArrayList<>();
        BareUrls.find(code, urls);
        return Block.of(Block.Kind.CODE, 0, new InlineText(code, urls), false, List.of());
    }

    /** A quote's paragraphs as lines of one block. */
    private static void quote(BlockQuote q, List<Block> out, TableBudget budget) {
        List<Block> inner = new ArrayList<>();
        for (Node child = q.getFirstChild(); child != null; child = child.getNext()) {
            block(child, inner, budget);
        }
        List<InlineText> lines = new ArrayList<>();
        List<Link> images = new ArrayList<>();
        List<Block> tables = new ArrayList<>();
        boolean boldOnly = true;
        for (Block b : inner) {
            if (b.kind() == Block.Kind.TABLE) {
                tables.add(b);
                continue;
            }
            lines.add(b.kind() == Block.Kind.LIST ? InlineText.join(b.items(), "\n") : b.content());
            images.addAll(b.images());
            boldOnly &= b.boldOnly();
        }
        InlineText text = InlineText.join(lines, "\n");
        if (!text.isBlank() || !images.isEmpty()) {
            out.add(Block.of(Block.Kind.QUOTE, 0, text, boldOnly && !text.isBlank(), images));
        }
        out.addAll(tables);
    }

    /** A list's items; a nested list's items follow the item they belong to. */
    private static void list(ListBlock list, List<Block> out, TableBudget budget) {
        List<InlineText> items = new ArrayList<>();
        List<Link> images = new ArrayList<>();
        List<Block> tables = new ArrayList<>();
        items(list, 0, items, images, tables, budget);
        out.add(Block.list(items, images));
        out.addAll(tables);
    }

    /** The items of a list at {@code depth}; a nested item is indented by its depth, as a reader sees it. */
    private static void items(ListBlock list, int depth, List<InlineText> items, List<Link> images, List<Block> tables,
            TableBudget budget) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            List<InlineText> own = new ArrayList<>();
            List<Runnable> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock sub) {
                    nested.add(() -> items(sub, depth + 1, items, images, tables, budget));
                    continue;
                }
                List<Block> inner = new ArrayList<>();
                block(child, inner, budget);
                for (Block b : inner) {
                    if (b.kind() == Block.Kind.TABLE) {
                        tables.add(b);
                    } else {
                        own.add(b.kind() == Block.Kind.LIST ? InlineText.join(b.items(), "\n") : b.content());
                        images.addAll(b.images());
                    }
                }
            }
            InlineText text = InlineText.join(own, "\n");
            if (!text.isBlank()) {
                items.add(depth == 0 ? text : text.indented("  ".repeat(depth)));
            }
            nested.forEach(Runnable::run);
        }
    }

    private static Block table(TableBlock table, TableBudget budget) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<ParsedTable.BoldCell> bold = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Link> images = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = head ? header : new ArrayList<>();
                int r = head ? -1 : rows.size();
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    if (!(cell instanceof TableCell)) {
                        continue;
                    }
                    TextBuilder text = inline(cell, true);
                    InlineText built = text.build();
                    cells.add(built.text());
                    links.addAll(built.links());
                    images.addAll(text.images());
                    if (text.boldOnly()) {
                        bold.add(new ParsedTable.BoldCell(r, c));
                    }
                }
                if (!head) {
                    if (!budget.take(cells.size())) {
                        break;
                    }
                    rows.add(cells);
                }
            }
        }
        return Block.table(new ParsedTable(null, header, rows, bold, null), links, images);
    }

    /**
     * The text of a node's inlines. {@code cell}: a table cell, read on one line ({@code <br>} is a space, a
     * {@code <sup>} a word of its own).
     */
    private static TextBuilder inline(Node container, boolean cell) {
        TextBuilder text = new TextBuilder();
        int[] hidden = {0};
        Walk.of(container, new Walk.Visitor() {
            @Override
            public boolean enter(Node n) {
                switch (n) {
                    case Text t -> {
                        if (hidden[0] == 0) {
                            String literal = Texts.unpairedStrong(t.getLiteral());
                            if (cell) {
                                text.appendCollapsed(literal);
                            } else {
                                text.append(literal);
                            }
                        }
                    }
                    case Code c -> text.append(c.getLiteral());
                    case SoftLineBreak s -> text.append(cell ? " " : "\n");
                    case HardLineBreak h -> {
                        if (cell) {
                            text.space();
                        } else {
                            text.lineBreak();
                        }
                    }
                    case StrongEmphasis s -> text.strongStart();
                    case org.commonmark.node.Link l -> text.linkStart(l.getDestination());
                    case Image i -> {
                        text.image(Walk.text(i), i.getDestination());
                        return false;
                    }
                    case HtmlInline h -> tag(h.getLiteral(), text, cell, hidden);
                    default -> {
                        // emphasis and strike-through show their text only
                    }
                }
                return true;
            }

            @Override
            public void exit(Node n) {
                if (n instanceof StrongEmphasis) {
                    text.strongEnd();
                } else if (n instanceof org.commonmark.node.Link) {
                    text.linkEnd();
                }
            }
        });
        return text;
    }

    /** An inline HTML tag: links, images, bold and line breaks count; scripts and styles hide their text. */
    private static void tag(String literal, TextBuilder text, boolean cell, int[] hidden) {
        HtmlTag tag = HtmlTag.of(literal);
        if (tag == null) {
            return;
        }
        if (HtmlText.HIDDEN.contains(tag.name())) {
            hidden[0] = Math.max(0, hidden[0] + (tag.closing() ? -1 : literal.endsWith("/>") ? 0 : 1));
            return;
        }
        switch (tag.name()) {
            case "br" -> {
                if (cell) {
                    text.space();
                } else {
                    text.lineBreak();
                }
            }
            case "a" -> {
                if (tag.closing()) {
                    text.linkEnd();
                } else {
                    text.linkStart(tag.attr("href"));
                }
            }
            case "b", "strong" -> {
                if (tag.closing()) {
                    text.strongEnd();
                } else {
                    text.strongStart();
                }
            }
            case "img" -> {
                if (cell) {
                    String alt = tag.attr("alt").strip();
                    text.addImage(alt.isEmpty() ? null : alt, tag.attr("src"));
                } else {
                    text.image(tag.attr("alt"), tag.attr("src"));
                }
            }
            case "sup" -> {
                if (cell) {
                    text.space();
                }
            }
            default -> {
                // other inline tags show their text only
            }
        }
    }

    /** Open {@code <table>} tags minus closed ones. */
    private static int openTables(String html) {
        int open = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 6 <= html.length(); i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, "table", 0, 5) && endsName(html, i + 6)) {
                open++;
            } else if (html.regionMatches(true, i + 1, "/table", 0, 6) && endsName(html, i + 7)) {
                open--;
            }
        }
        return open;
    }

    private static boolean endsName(String s, int at) {
        return at >= s.length() || !Character.isLetterOrDigit(s.charAt(at));
    }

    private static boolean holdsHtml(Node node) {
        boolean[] found = {false};
        Walk.of(node, new Walk.Visitor() {
            @Override
            public boolean enter(Node n) {
                found[0] |= n instanceof HtmlInline || n instanceof HtmlBlock;
                return !found[0];
            }

            @Override
            public void exit(Node n) {
            }
        });
        return found[0] || node instanceof HtmlBlock;
    }

    /** The source text from the start of one top-level node to the end of another. */
    private static String source(String markdown, Node from, Node to) {
        List<SourceSpan> first = from.getSourceSpans();
        List<SourceSpan> last = to.getSourceSpans();
        if (first.isEmpty() || last.isEmpty()) {
            return "";
        }
        SourceSpan end = last.get(last.size() - 1);
        int start = first.get(0).getInputIndex();
        return markdown.substring(start, Math.min(markdown.length(), Math.max(start, end.getInputIndex() + end.getLength())));
    }
}
