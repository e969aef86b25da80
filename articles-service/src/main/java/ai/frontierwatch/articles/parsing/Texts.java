package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers written as loops, so that no input can make them slow. */
final class Texts {

    private Texts() {
    }

    /** White space runs as one space, none at the ends. */
    static String collapse(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Without the emoji, symbols and punctuation around the words ("📈 行业动态 ·" → "行业动态"); closing brackets stay. */
    static String words(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && !Character.isLetterOrDigit(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from) {
            int cp = s.codePointBefore(to);
            if (Character.isLetterOrDigit(cp) || cp == ')' || cp == '）') {
                break;
            }
            to -= Character.charCount(cp);
        }
        return s.substring(from, to);
    }

    /** Without the characters of {@code chars} at its end. */
    static String stripTrailing(String s, String chars) {
        int to = s.length();
        while (to > 0 && (chars.indexOf(s.charAt(to - 1)) >= 0 || Character.isWhitespace(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(0, to);
    }

    /**
     * Without the {@code **} pairs CommonMark leaves as text when punctuation sits just inside them and a letter
     * just outside, as Chinese writing does ("**「通義千問」**進行"): such a pair was meant as bold. A pair around
     * text without punctuation at its edges ("2**10 and 3**4") stays as written.
     */
    static String unpairedStrong(String s) {
        int first = s.indexOf("**");
        if (first < 0 || s.indexOf("**", first + 2) < 0) {
            return s;
        }
        List<Integer> marks = new ArrayList<>();
        for (int i = first; i >= 0; i = s.indexOf("**", i + 2)) {
            marks.add(i);
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (int k = 0; k + 1 < marks.size(); k += 2) {
            int open = marks.get(k);
            int close = marks.get(k + 1);
            if (close - open < 3) {
                continue;
            }
            char in = s.charAt(open + 2);
            char last = s.charAt(close - 1);
            if (Character.isWhitespace(in) || Character.isWhitespace(last) || !(isPunctuation(in) || isPunctuation(last))) {
                continue;
            }
            out.append(s, from, open).append(s, open + 2, close);
            from = close + 2;
        }
        return from == 0 ? s : out.append(s, from, s.length()).toString();
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
