package ai.frontierwatch.articles.search;

import ai.frontierwatch.text.TextFolding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A user's query turned into a to_tsquery('english', …) expression that matches how documents are indexed:
 * folded like the index; English words quoted so PostgreSQL stems them; each Chinese run becomes the AND of
 * its character bigrams (a single character matches as a prefix). Web-search syntax is understood: words
 * are ANDed, {@code OR} between words, {@code -word} excludes, {@code "…"} is a phrase. Every operand is
 * quoted, so no input can produce a tsquery syntax error.
 *
 * @param tsquery   the expression, empty when the query has no searchable term
 * @param highlight folded words and Chinese runs to mark in snippets
 */
public record SearchQuery(String tsquery, List<String> highlight) {

    public static SearchQuery of(String q) {
        String folded = TextFolding.fold(q == null ? "" : q);
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Set<String> highlight = new LinkedHashSet<>();
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negate = false;
            if (c == '-' && i + 1 < folded.length() && !Character.isWhitespace(folded.charAt(i + 1))) {
                negate = true;
                i++;
                c = folded.charAt(i);
            }
            String term;
            if (c == '"') {
                int end = folded.indexOf('"', i + 1);
                end = end < 0 ? folded.length() : end;
                List<String> parts = new ArrayList<>();
                for (String piece : split(folded.substring(i + 1, end))) {
                    parts.add(operand(piece, true, negate ? null : highlight));
                }
                term = parts.isEmpty() ? null : "(" + String.join(" <-> ", parts) + ")";
                i = end + 1;
            } else {
                int end = i;
                while (end < folded.length() && !Character.isWhitespace(folded.charAt(end)) && folded.charAt(end) != '"') {
                    end++;
                }
                String word = folded.substring(i, end);
                i = end;
                if (!negate && word.equals("or") && !current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (String piece : split(word)) {
                    parts.add(operand(piece, false, negate ? null : highlight));
                }
                term = parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : "(" + String.join(" & ", parts) + ")";
            }
            if (term != null) {
                current.add(negate ? "!" + term : term);
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<String> ors = groups.stream().filter(g -> g.stream().anyMatch(t -> !t.startsWith("!")))
                .map(g -> "(" + String.join(" & ", g) + ")").toList();
        return new SearchQuery(String.join(" | ", ors), List.copyOf(highlight));
    }

    public boolean isEmpty() {
        return tsquery.isBlank();
    }

    /** Splits a word into its Latin and Chinese pieces: "glm-4.6发布" → "glm-4.6", "发布". */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean han = SearchText.isHan(text.charAt(i));
            while (i < text.length() && SearchText.isHan(text.charAt(i)) == han
                    && (han || !Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            String piece = text.substring(start, i).strip();
            if (!han) {
                piece = piece.replaceAll("[^\\p{L}\\p{N}.+#_-]", " ").strip();
                for (String w : piece.split("\\s+")) {
                    if (!w.isEmpty() && w.chars().anyMatch(Character::isLetterOrDigit)) {
                        out.add(w);
                    }
                }
            } else if (!piece.isEmpty()) {
                out.add(piece);
            }
            if (start == i) {
                i++;
            }
        }
        return out;
    }

    private static String operand(String piece, boolean phrase, Set<String> highlight) {
        if (!SearchText.isHan(piece.charAt(0))) {
            if (highlight != null && piece.length() >= 2) {
                highlight.add(stem(piece.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "")));
            }
            return "'" + piece.replace("'", "''").replace("\\", "") + "'";
        }
        if (highlight != null) {
            highlight.add(piece);
        }
        if (piece.length() == 1) {
            return "'" + piece + "':*";
        }
        List<String> bigrams = new ArrayList<>();
        for (int k = 0; k + 1 < piece.length(); k++) {
            bigrams.add("'" + piece.substring(k, k + 2) + "'");
        }
        return bigrams.size() == 1 ? bigrams.get(0) : "(" + String.join(phrase ? " <-> " : " & ", bigrams) + ")";
    }

    /** A light English stem for highlighting only (ranking uses PostgreSQL's Snowball stemmer). */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
