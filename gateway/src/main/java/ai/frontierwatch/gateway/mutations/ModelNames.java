package ai.frontierwatch.gateway.mutations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Slugs and aliases made from the names of a discovered model. */
final class ModelNames {

    private static final int MAX_SLUG = 100;
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ModelNames() {
    }

    /** "Qwen 3.6 27B" -> "qwen-3-6-27b"; empty when the name has no Latin letter or digit. */
    static String slug(String name) {
        String slug = NOT_SLUG.matcher(fold(name)).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
    }

    /**
     * The spellings that say something the name does not: one per key (case, width, spacing and punctuation
     * ignored), none with the name's own key, none longer than {@code maxLength}, in their order.
     */
    static List<String> otherSpellings(String name, Collection<String> spellings, int maxLength) {
        Set<String> seen = new HashSet<>();
        if (name != null) {
            seen.add(key(name));
        }
        List<String> out = new ArrayList<>();
        for (String spelling : spellings == null ? List.<String>of() : spellings) {
            String s = spelling == null ? "" : spelling.strip();
            if (!s.isEmpty() && s.length() <= maxLength && !key(s).isEmpty() && seen.add(key(s))) {
                out.add(s);
            }
        }
        return out;
    }

    private static String key(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(fold(s)).replaceAll("");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
