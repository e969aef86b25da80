package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the HTML inside a Markdown document (README headers, {@code <table>}s, {@code <p><b>…</b></p>} labels)
 * into the same blocks as Markdown: headings, paragraphs, lists, quotes, tables, code. Comments, scripts and
 * styles are not text. jsoup bounds the nesting depth, and the walk is iterative.
 */
final class HtmlBlocks implements NodeFilter {

    private final TableBudget budget;
    private final List<Block> blocks = new ArrayList<>();
    private TextBuilder paragraph;
    private TextBuilder heading;
    private int headingLevel;
    private TextBuilder quote;
    private int quoteDepth;
    private final List<InlineText> items = new ArrayList<>();
    private final List<Link> itemImages = new ArrayList<>();
    private TextBuilder item;
    private int listDepth;

    private HtmlBlocks(TableBudget budget) {
        this.budget = budget;
    }

    static List<Block> read(String html, TableBudget budget) {
        HtmlBlocks walk = new HtmlBlocks(budget);
        NodeTraversor.filter(walk, Jsoup.parseBodyFragment(html).body());
        walk.closeAll();
        return walk.blocks.stream().map(b -> b.withMarkdown(MarkdownWriter.of(b))).toList();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            if (!t.isBlank() || hasText()) {
                current().appendCollapsed(t.getWholeText());
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE; // comments, doctype
        }
        String name = e.normalName();
        if (HtmlText.HIDDEN.contains(name)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        switch (name) {
            case "table" -> {
                boundary();
                blocks.add(HtmlTables.read(e, budget));
                return FilterResult.SKIP_ENTIRELY;
            }
            case "pre" -> {
                if (inContainer()) {
                    current().blockBreak();
                    current().append(e.wholeText());
                    current().blockBreak();
                } else {
                    flushParagraph();
                    String code = e.wholeText();
                    if (!code.isBlank()) {
                        blocks.add(Blocks.code(code));
                    }
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            case "br" -> current().lineBreak();
            case "img" -> current().image(e.attr("alt"), e.attr("src"));
            case "a" -> current().linkStart(e.attr("href"));
            case "b", "strong" -> current().strongStart();
            case "hr" -> {
                if (!inContainer()) {
                    flushParagraph();
                    blocks.add(Block.of(Block.Kind.RULE, 0, InlineText.EMPTY, false, List.of()));
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (inContainer() || heading != null) {
                    current().blockBreak();
                } else {
                    flushParagraph();
                    heading = new TextBuilder();
                    headingLevel = name.charAt(1) - '0';
                }
            }
            case "ul", "ol" -> {
                if (listDepth == 0 && quoteDepth == 0) {
                    flushParagraph();
                }
                listDepth++;
            }
            case "li" -> itemBoundary();
            case "blockquote" -> {
                if (quoteDepth == 0 && listDepth == 0) {
                    flushParagraph();
                    quote = new TextBuilder();
                } else {
                    boundary();
                }
                quoteDepth++;
            }
            default -> {
                if (HtmlText.BLOCKS.contains(name)) {
                    boundary();
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        String name = e.normalName();
        switch (name) {
            case "a" -> current().linkEnd();
            case "b", "strong" -> current().strongEnd();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (heading != null && !inContainer()) {
                    blocks.add(Block.of(Block.Kind.HEADING, headingLevel, heading.build(), heading.boldOnly(),
                            heading.images()));
                    heading = null;
                } else {
                    current().blockBreak();
                }
            }
            case "ul", "ol" -> {
                listDepth = Math.max(0, listDepth - 1);
                if (listDepth == 0 && quoteDepth == 0) {
                    finishItem();
                    if (!items.isEmpty()) {
                        blocks.add(Block.list(items, itemImages));
                    }
                    items.clear();
                    itemImages.clear();
                }
            }
            case "li" -> itemBoundary();
            case "blockquote" -> {
                quoteDepth = Math.max(0, quoteDepth - 1);
                if (quoteDepth == 0 && listDepth == 0 && quote != null) {
                    if (!quote.isBlank()) {
                        blocks.add(Block.of(Block.Kind.QUOTE, 0, quote.build(), quote.boldOnly(), quote.images()));
                    }
                    quote = null;
                } else {
                    boundary();
                }
            }
            default -> {
                if (HtmlText.BLOCKS.contains(name)) {
                    boundary();
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    private boolean inContainer() {
        return listDepth > 0 || quoteDepth > 0;
    }

    /** Where text goes now: the list item, the quote, the heading, or the paragraph being read. */
    private TextBuilder current() {
        if (listDepth > 0 && quoteDepth == 0) {
            if (item == null) {
                item = new TextBuilder();
            }
            return item;
        }
        if (quoteDepth > 0 && quote != null) {
            return quote;
        }
        if (heading != null) {
            return heading;
        }
        if (paragraph == null) {
            paragraph = new TextBuilder();
        }
        return paragraph;
    }

    private boolean hasText() {
        TextBuilder b = listDepth > 0 && quoteDepth == 0 ? item : quoteDepth > 0 ? quote : heading != null ? heading
                : paragraph;
        return b != null && !b.isBlank();
    }

    /** A block element starts or ends: a new paragraph, or a new line inside a quote or list item. */
    private void boundary() {
        if (inContainer() || heading != null) {
            current().blockBreak();
        } else {
            flushParagraph();
        }
    }

    /** A list item starts or ends: the item read so far is done (outside a list, a new paragraph). */
    private void itemBoundary() {
        if (listDepth > 0 && quoteDepth == 0) {
            finishItem();
        } else {
            boundary();
        }
    }

    private void flushParagraph() {
        if (paragraph != null) {
            List<Link> images = paragraph.images();
            if (!paragraph.isBlank() || !images.isEmpty()) {
                blocks.add(Block.of(Block.Kind.PARAGRAPH, 0, paragraph.build(), paragraph.boldOnly(), images));
            }
            paragraph = null;
        }
    }

    private void finishItem() {
        if (item != null) {
            if (!item.isBlank()) {
                items.add(item.build());
            }
            itemImages.addAll(item.images());
            item = null;
        }
    }

    private void closeAll() {
        if (heading != null) {
            blocks.add(Block.of(Block.Kind.HEADING, headingLevel, heading.build(), heading.boldOnly(), heading.images()));
            heading = null;
        }
        finishItem();
        if (!items.isEmpty()) {
            blocks.add(Block.list(items, itemImages));
        }
        if (quote != null && !quote.isBlank()) {
            blocks.add(Block.of(Block.Kind.QUOTE, 0, quote.build(), quote.boldOnly(), quote.images()));
        }
        flushParagraph();
    }
}
