package ai.frontierwatch.models.domain;

import ai.frontierwatch.text.TextFolding;
import java.util.regex.Pattern;

/**
 * The folded key under which a surface form is indexed. Two spellings a reader takes for the same name get
 * the same key: case, full/half width and Traditional/Simplified Chinese (via {@link TextFolding}), version
 * spelling ("3.0" = "3") and all punctuation and spacing ("Gemini3" = "Gemini 3" = "gemini-3").
 */
public final class NameKeys {

    private static final Pattern TRAILING_ZERO_VERSION = Pattern.compile("(\\d)\\.0+(?!\\d)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKeys() {
    }

    /** The key of a surface form; empty when it has no letter or digit. */
    public static String key(String surface) {
        if (surface == null) {
            return "";
        }
        String folded = TextFolding.fold(surface);
        folded = TRAILING_ZERO_VERSION.matcher(folded).replaceAll("$1");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
    }

    /** A URL-safe slug made from a name ("GPT-5.2 (high)" -> "gpt-5-2-high"); Han characters are kept. */
    public static String slugify(String name) {
        String folded = TextFolding.fold(name == null ? "" : name);
        String slug = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }
}
