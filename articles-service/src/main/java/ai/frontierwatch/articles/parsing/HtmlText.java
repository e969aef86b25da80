package ai.frontierwatch.articles.parsing;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** What HTML elements mean for the text read from them. */
final class HtmlText {

    /** Elements whose content is not text a reader sees. */
    static final Set<String> HIDDEN = Set.of("script", "style", "template", "noscript", "iframe", "head", "title",
            "object", "embed", "svg", "math", "select", "textarea", "button", "input", "canvas", "audio", "video");
    /** Elements that start a new block of text. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main", "nav",
            "aside", "center", "details", "summary", "figure", "figcaption", "address", "dl", "dt", "dd", "form",
            "fieldset", "legend", "hgroup", "body", "li", "ul", "ol", "tr", "td", "th", "table", "caption", "thead",
            "tbody", "tfoot", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlText() {
    }

    static boolean isBold(String name) {
        return name.equals("b") || name.equals("strong");
    }

    /**
     * A table cell's text on one line: nested markup flattened, {@code <br>} and block boundaries read as a
     * space, a {@code <sup>} (footnote mark) kept as a word of its own, links and bold noted.
     */
    static TextBuilder cell(Element cell) {
        TextBuilder text = new TextBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.appendCollapsed(t.getWholeText());
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (HIDDEN.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("br") || name.equals("sup") || BLOCKS.contains(name)) {
                        text.space();
                    } else if (name.equals("img")) {
                        String alt = e.attr("alt").strip();
                        text.addImage(alt.isEmpty() ? null : alt, e.attr("src"));
                    } else if (name.equals("a")) {
                        text.linkStart(e.attr("href"));
                    } else if (isBold(name)) {
                        text.strongStart();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("a")) {
                        text.linkEnd();
                    } else if (isBold(name)) {
                        text.strongEnd();
                    } else if (name.equals("sup") || BLOCKS.contains(name)) {
                        text.space();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return text;
    }
}
