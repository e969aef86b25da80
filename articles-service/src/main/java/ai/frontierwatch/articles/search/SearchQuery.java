package ai.frontierwatch.articles.search;

import ai.frontierwatch.text.TextFolding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A user's query turned into a tsquery that matches how documents are indexed: folded like the index;
 * English words quoted so PostgreSQL stems them; each Chinese run becomes the AND of its character bigrams
 * (a single character matches as a prefix). Web-search syntax is understood: words are ANDed, {@code OR}
 * between words, {@code -word} excludes, {@code "…"} is a phrase. Every operand is quoted, so no input can
 * produce a tsquery syntax error.
 *
 * <p>A word that PostgreSQL's parser splits into several lexemes (Qwen3-Max, GPT-5.2, DeepSeek-V3.2) would
 * become a phrase in to_tsquery, and a phrase makes every candidate's positions be re-read. Outside quotes
 * such a word is instead the AND of the lexemes the index stores for it ({@code article_search_all_of}),
 * which the index answers alone.
 *
 * @param sql       a tsquery-valued SQL expression with one {@code ?} per entry of {@code params}, empty when
 *                  the query has no searchable term
 * @param params    the texts bound to the placeholders, in order
 * @param highlight folded words and Chinese runs to mark in snippets
 */
public record SearchQuery(String sql, List<String> params, List<String> highlight) {

    /** SQL of one group of plain operands in to_tsquery syntax. */
    static final String TO_TSQUERY = "to_tsquery('english', ?)";
    /** SQL of a word the parser splits: the AND of its lexemes. */
    static final String ALL_OF = "article_search_all_of(?)";
    /** The operator between the operands of a phrase (no operand can contain it: they hold no '<'). */
    private static final String PHRASE = " <-> ";

    /**
     * A word or phrase of an AND group: its to_tsquery text (null when it has none) and its words for
     * {@link #ALL_OF}.
     */
    private record Term(String text, List<String> compounds, boolean negated) {
    }

    public static SearchQuery of(String q) {
        String folded = TextFolding.fold(q == null ? "" : q);
        List<List<Term>> groups = new ArrayList<>();
        List<Term> current = new ArrayList<>();
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
            if (c == '"') {
                int end = folded.indexOf('"', i + 1);
                end = end < 0 ? folded.length() : end;
                List<String> parts = new ArrayList<>();
                for (String piece : split(folded.substring(i + 1, end))) {
                    parts.add(operand(piece, true, negate ? null : highlight));
                }
                if (!parts.isEmpty()) {
                    current.add(new Term("(" + String.join(PHRASE, parts) + ")", List.of(), negate));
                }
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
                List<String> plain = new ArrayList<>();
                List<String> compounds = new ArrayList<>();
                for (String piece : split(word)) {
                    String text = operand(piece, false, negate ? null : highlight);
                    if (isCompound(piece)) {
                        compounds.add(piece.replace("\\", ""));
                    } else {
                        plain.add(text);
                    }
                }
                if (!plain.isEmpty() || !compounds.isEmpty()) {
                    String text = plain.isEmpty() ? null
                            : plain.size() == 1 ? plain.get(0) : "(" + String.join(" & ", plain) + ")";
                    current.add(new Term(text, List.copyOf(compounds), negate));
                }
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<String> ors = new ArrayList<>();
        List<String> params = new ArrayList<>();
        for (List<Term> group : groups) {
            if (group.stream().allMatch(Term::negated)) {
                continue;
            }
            // plain operands (and negated words without split words) go into one to_tsquery text
            List<String> plain = new ArrayList<>();
            List<Term> rest = new ArrayList<>();
            for (Term t : group) {
                if (t.compounds().isEmpty()) {
                    plain.add(t.negated() ? "!" + t.text() : t.text());
                } else if (t.text() != null && !t.negated()) {
                    plain.add(t.text());
                    rest.add(t);
                } else {
                    rest.add(t);
                }
            }
            List<String> sql = new ArrayList<>();
            if (!plain.isEmpty()) {
                sql.add(TO_TSQUERY);
                params.add("(" + String.join(" & ", plain) + ")");
            }
            for (Term t : rest) {
                List<String> parts = new ArrayList<>();
                if (t.negated() && t.text() != null) {
                    parts.add(TO_TSQUERY);
                    params.add(t.text());
                }
                for (String word : t.compounds()) {
                    parts.add(ALL_OF);
                    params.add(word);
                }
                String all = parts.size() == 1 ? parts.get(0) : "(" + String.join(" && ", parts) + ")";
                sql.add(t.negated() ? "!!" + all : all);
            }
            ors.add(sql.size() == 1 ? sql.get(0) : "(" + String.join(" && ", sql) + ")");
        }
        String sql = ors.size() <= 1 ? String.join("", ors) : "(" + String.join(" || ", ors) + ")";
        return new SearchQuery(sql, List.copyOf(params), List.copyOf(highlight));
    }

    public boolean isEmpty() {
        return sql.isBlank();
    }

    /** Whether the query holds a phrase (words in quotes), whose matches the index alone cannot tell. */
    public boolean hasPhrase() {
        return params.stream().anyMatch(p -> p.contains(PHRASE));
    }

    /**
     * The query with its phrases' words ANDed instead of adjacent: what the GIN index answers for the
     * phrase, a superset of its matches (for words not negated).
     */
    public SearchQuery words() {
        return new SearchQuery(sql, params.stream().map(p -> p.replace(PHRASE, " & ")).toList(), highlight);
    }

    /** Binds {@link #params} from index {@code i}; returns the next index. */
    public int bind(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
        for (String p : params) {
            ps.setString(i++, p);
        }
        return i;
    }

    /** A Latin word with inner punctuation, which the parser may split (qwen3-max, gpt-5.2, node.js). */
    private static boolean isCompound(String piece) {
        return !SearchText.isHan(piece.charAt(0))
                && piece.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").chars()
                        .anyMatch(ch -> !Character.isLetterOrDigit(ch));
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
        return bigrams.size() == 1 ? bigrams.get(0) : "(" + String.join(phrase ? PHRASE : " & ", bigrams) + ")";
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
