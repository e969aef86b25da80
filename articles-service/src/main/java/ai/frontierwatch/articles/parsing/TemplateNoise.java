package ai.frontierwatch.articles.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what site generators and mail editors leave in Markdown: Liquid/Jinja tags, HTML comments,
 * scripts and styles, and HTML wrappers. Links and images written in HTML become Markdown so that they
 * are kept as metadata; the text inside other tags is kept.
 */
public final class TemplateNoise {

    private static final Pattern LIQUID_IF = Pattern.compile(
            "\\{%-?\\s*if\\b[^%]*%}(.*?)(?:\\{%-?\\s*else\\s*-?%}.*?)?\\{%-?\\s*endif\\s*-?%}", Pattern.DOTALL);
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANCHOR = Pattern.compile(
            "<a\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile("</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG = Pattern.compile("</?(strong|b)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TemplateNoise() {
    }

    public static String clean(String markdown) {
        String t = LIQUID_IF.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = LIQUID_TAG.matcher(t).replaceAll("");
        t = COMMENT.matcher(t).replaceAll("");
        t = SCRIPT.matcher(t).replaceAll("");
        if (t.indexOf('<') >= 0) {
            t = IMG.matcher(t).replaceAll(m -> {
                Matcher alt = ALT.matcher(m.group(0));
                return Matcher.quoteReplacement("![" + (alt.find() ? alt.group(1) : "") + "](" + m.group(1) + ")");
            });
            t = ANCHOR.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                    "[" + ANY_TAG.matcher(m.group(2)).replaceAll("").strip() + "](" + m.group(1) + ")"));
            t = BLOCK_TAG.matcher(t).replaceAll("\n");
            t = STRONG.matcher(t).replaceAll("**");
            t = ANY_TAG.matcher(t).replaceAll("");
        }
        return BLANK_LINES.matcher(t).replaceAll("\n\n");
    }
}
