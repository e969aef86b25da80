package ai.frontierwatch.articles.search;

import ai.frontierwatch.text.TextFolding;
import java.util.ArrayList;
import java.util.List;

/**
 * Highlighted snippets: the query terms are looked up in the length-preserving folded text (so 千問 in
 * the text is found by 千问 in the query) and marked with {@code <mark>} in the original text, which is
 * HTML-escaped.
 */
public final class Snippets {

    private static final int BEFORE = 60;
    private static final int LENGTH = 220;
    /** Characters of a text searched for the first match. */
    static final int SCAN_LIMIT = 200_000;

    private Snippets() {
    }

    /** A window around the first match, or the start of the text when no term occurs in it. */
    public static String snippet(String text, List<String> terms) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String scanned = text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text;
        String folded = TextFolding.foldPreservingLength(scanned);
        List<int[]> matches = matches(folded, terms);
        int first = matches.isEmpty() ? 0 : matches.get(0)[0];
        int from = Math.max(0, first - BEFORE);
        int to = Math.min(scanned.length(), from + LENGTH);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int pos = from;
        for (int[] m : matches) {
            if (m[0] < from || m[1] > to || m[0] < pos) {
                continue;
            }
            out.append(escape(scanned.substring(pos, m[0]))).append("<mark>")
                    .append(escape(scanned.substring(m[0], m[1]))).append("</mark>");
            pos = m[1];
        }
        out.append(escape(scanned.substring(pos, to)));
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The text with every match marked (for titles). */
    public static String mark(String text, List<String> terms) {
        if (text == null) {
            return null;
        }
        String folded = TextFolding.foldPreservingLength(text);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (int[] m : matches(folded, terms)) {
            if (m[0] < pos) {
                continue;
            }
            out.append(escape(text.substring(pos, m[0]))).append("<mark>").append(escape(text.substring(m[0], m[1])))
                    .append("</mark>");
            pos = m[1];
        }
        return out.append(escape(text.substring(pos))).toString();
    }

    /** Matches in text order: Chinese runs anywhere, Latin stems at word starts (to the end of the Latin word). */
    private static List<int[]> matches(String folded, List<String> terms) {
        List<int[]> out = new ArrayList<>();
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            boolean latin = !SearchText.isHan(term.charAt(0));
            int idx = folded.indexOf(term);
            while (idx >= 0) {
                int end = idx + term.length();
                boolean wordStart = idx == 0 || !Character.isLetterOrDigit(folded.charAt(idx - 1));
                if (!latin || wordStart) {
                    if (latin) {
                        while (end < folded.length() && Character.isLetter(folded.charAt(end))
                                && !SearchText.isHan(folded.charAt(end))) {
                            end++;
                        }
                    }
                    out.add(new int[] {idx, end});
                }
                idx = folded.indexOf(term, end);
            }
        }
        out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
