package ai.frontierwatch.models.domain;

import ai.frontierwatch.text.FoldedText;
import ai.frontierwatch.text.ModelKey;
import ai.frontierwatch.text.ModelNameScanner;
import ai.frontierwatch.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folded key under which a surface form is indexed. Two spellings a reader takes for the same name get
 * the same key: case, full/half width and Traditional/Simplified Chinese (via {@link TextFolding}), version
 * spelling ("3.0" = "3") and all punctuation and spacing ("Gemini3" = "Gemini 3" = "gemini-3").
 *
 * <p>A model name also has an identity key ({@link #modelKey}, from {@link ModelKey}), under which spellings the
 * folded key keeps apart still meet: word order, makers' names, Chinese product names, version spellings and
 * snapshot dates ("Claude 4.5 Sonnet" = "Claude Sonnet 4.5", "OpenAI o3" = "o3", "GPT-4o 0806" =
 * "gpt-4o-2024-08-06").
 */
public final class NameKeys {

    /**
     * Version of the rules behind {@link #modelKey}. Stored identity keys computed under a lower version are computed
     * again when the service starts; raise it with every change of {@link ModelKey} that changes a key.
     */
    public static final int MODEL_KEY_RULES = 1;

    private static final Pattern TRAILING_ZERO_VERSION = Pattern.compile("(\\d)\\.0+(?!\\d)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A run of Chinese characters, or of other letters and digits. */
    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}+|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+");
    /** Chinese runs longer than this are not split into known names. */
    private static final int MAX_SPLIT = 24;

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

    /**
     * The identity key of a model name as stored: the {@link ModelKey}'s words, then "@" and the snapshot date when
     * the name has one ("gpt-4o-2024-08-06" → "4o gpt@0806"); null when the name has no word that identifies a model.
     */
    public static String modelKey(String surface) {
        return surface == null ? null : stored(ModelKey.of(surface));
    }

    /** The words of a stored identity key, without its date: "4o gpt@0806" → "4o gpt". */
    public static String modelKeyWords(String modelKey) {
        int at = modelKey.indexOf('@');
        return at < 0 ? modelKey : modelKey.substring(0, at);
    }

    /**
     * The identity keys a name is looked up under, best first: the whole name's, then that of the one model name
     * inside it when everything around it is a maker's or product name the model name already carries
     * ("阿里通义千问Qwen3" → "Qwen3"). A word around it that could make another model ("DeepSeek-V3.2 (Thinking)")
     * gives no second key.
     */
    public static List<String> modelKeys(String name) {
        List<String> keys = new ArrayList<>(2);
        String whole = modelKey(name);
        if (whole != null) {
            keys.add(whole);
        }
        String inner = innerModelKey(name);
        if (inner != null && !inner.equals(whole)) {
            keys.add(inner);
        }
        return keys;
    }

    private static String innerModelKey(String name) {
        if (name == null) {
            return null;
        }
        List<ModelNameScanner.Span> spans = ModelNameScanner.scan(FoldedText.of(name));
        if (spans.size() != 1) {
            return null;
        }
        ModelNameScanner.Span span = spans.get(0);
        ModelKey key = ModelKey.of(name.substring(span.start(), span.end()));
        String around = name.substring(0, span.start()) + " " + name.substring(span.end());
        Set<String> words = Set.of(key.words().split(" "));
        Matcher tokens = TOKEN.matcher(around);
        while (tokens.find()) {
            if (!carried(tokens.group(), words)) {
                return null;
            }
        }
        return stored(key);
    }

    /** True when a token names only makers or what {@code words} has already; a Chinese run may be several names. */
    private static boolean carried(String token, Set<String> words) {
        if (within(token, words)) {
            return true;
        }
        if (!Character.isIdeographic(token.codePointAt(0)) || token.length() > MAX_SPLIT) {
            return false;
        }
        boolean[] splits = new boolean[token.length() + 1];
        splits[0] = true;
        for (int end = 1; end <= token.length(); end++) {
            for (int start = 0; start < end && !splits[end]; start++) {
                splits[end] = splits[start] && within(token.substring(start, end), words);
            }
        }
        return splits[token.length()];
    }

    private static boolean within(String piece, Set<String> words) {
        ModelKey key = ModelKey.of(piece);
        return key.date().isEmpty() && (key.words().isEmpty() || words.containsAll(List.of(key.words().split(" "))));
    }

    private static String stored(ModelKey key) {
        if (key.words().isEmpty()) {
            return null;
        }
        return key.date().isEmpty() ? key.words() : key.words() + "@" + key.date();
    }
}
