package ai.frontierwatch.insights.claims;

import java.util.Collection;
import java.util.List;

/**
 * The shared conditions vocabulary, {@link ai.frontierwatch.text.Conditions}, under the name prose reading uses;
 * it owns every rule, this class adds none.
 */
final class Conditions {

    private Conditions() {
    }

    static String detect(String text) {
        return ai.frontierwatch.text.Conditions.detect(text);
    }

    static String key(Collection<String> tokens) {
        return ai.frontierwatch.text.Conditions.key(tokens);
    }

    static String merge(String... keys) {
        return ai.frontierwatch.text.Conditions.merge(keys);
    }

    static List<String> tokens(String key) {
        return ai.frontierwatch.text.Conditions.parts(key);
    }
}
