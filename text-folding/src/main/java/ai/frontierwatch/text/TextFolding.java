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
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (folded.length() == 1) {
                char f = folded.charAt(0);
                out.append(Character.isWhitespace(f) ? ' ' : f);
            } else {
                out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : c);
            }
        }
        return out.toString();
    }

    public static boolean containsHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
