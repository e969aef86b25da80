package ai.frontierwatch.text;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text so that spellings a reader considers the same compare equal: full-width and half-width
 * forms (NFKC), upper and lower case, Traditional and Simplified Chinese (folded to Simplified), and
 * runs of white space. Positions are preserved character for character by {@link #foldPreservingLength},
 * so matches found in folded text point at the same offsets in the original.
 */
public final class TextFolding {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** No character below this code point is of the Han script (CJK Radicals Supplement starts there). */
    private static final char FIRST_HAN = '\u2E80';

    /**
     * Each BMP character's length-preserving fold, filled on first use (0: not yet known; writes of a char are
     * atomic and every thread computes the same value, so no lock is needed). Normalizing one character at a
     * time was most of the cost of snippets.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    private TextFolding() {
    }

    /** Traditional Chinese characters converted to Simplified; everything else unchanged. */
    public static String toSimplified(String text) {
        if (text == null || text.isEmpty() || !containsHan(text)) {
            return text;
        }
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** Width, case, script and white space folded; for keys and comparisons. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String simplified = toSimplified(normalized).toLowerCase(Locale.ROOT);
        return SPACES.matcher(simplified).replaceAll(" ").strip();
    }

    /**
     * Like {@link #fold} but keeps one output character per input character (no trimming, no collapsing;
     * a character whose folded form has another length is kept as it is), so that an index in the result
     * is the same index in the input.
     */
    public static String foldPreservingLength(String text) {
        if (text == null) {
            return null;
        }
        String simplified = toSimplified(text);
        if (simplified.length() != text.length()) {
            simplified = text;
        }
        char[] out = new char[simplified.length()];
        for (int i = 0; i < out.length; i++) {
            char c = simplified.charAt(i);
            char f = FOLDED[c];
            if (f == 0 && c != 0) {
                f = foldChar(c);
                FOLDED[c] = f;
            }
            out[i] = f;
        }
        return new String(out);
    }

    /** One character's fold: NFKC, lower case, white space as a space; itself (lower-cased) when that is not one character. */
    static char foldChar(char c) {
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (folded.length() == 1) {
            char f = folded.charAt(0);
            return Character.isWhitespace(f) ? ' ' : f;
        }
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    }

    public static boolean containsHan(String text) {
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) < FIRST_HAN) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
