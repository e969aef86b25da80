package ai.frontierwatch.articles.parsing;

import java.util.Locale;
import org.jsoup.parser.Parser;

/** One HTML tag written inline in Markdown ({@code <a href="…">}, {@code </b>}, {@code <br/>}): read by hand, in one pass. */
record HtmlTag(String name, boolean closing, String literal) {

    /** The tag, or null for a comment, declaration or processing instruction. */
    static HtmlTag of(String literal) {
        if (literal.length() < 3 || literal.charAt(0) != '<' || literal.startsWith("<!") || literal.startsWith("<?")) {
            return null;
        }
        boolean closing = literal.charAt(1) == '/';
        int from = closing ? 2 : 1;
        int to = from;
        while (to < literal.length() && Character.isLetterOrDigit(literal.charAt(to))) {
            to++;
        }
        return to == from ? null : new HtmlTag(literal.substring(from, to).toLowerCase(Locale.ROOT), closing, literal);
    }

    /** An attribute's value with entities decoded, or "" when the tag has none. */
    String attr(String attribute) {
        String s = literal;
        int n = attribute.length();
        for (int i = 1; i + n < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i - 1)) || !s.regionMatches(true, i, attribute, 0, n)) {
                continue;
            }
            int j = i + n;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j >= s.length() || s.charAt(j) != '=') {
                continue;
            }
            j++;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j >= s.length()) {
                return "";
            }
            char quote = s.charAt(j);
            int end;
            if (quote == '"' || quote == '\'') {
                end = s.indexOf(quote, j + 1);
                j++;
            } else {
                end = j;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>') {
                    end++;
                }
            }
            return Parser.unescapeEntities(s.substring(j, end < 0 ? s.length() : end), true);
        }
        return "";
    }
}
