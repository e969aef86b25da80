package ai.frontierwatch.models.domain;

import ai.frontierwatch.text.TextFolding;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Canonical key of the conditions a score was measured under (e.g. "no tools", "pass@1"). Conditions are
 * folded, spaces become dashes, common synonyms are unified, and the set is sorted and joined with ";" so
 * that equal conditions compare equal. Scores are only comparable when their keys are equal.
 */
public final class Conditions {

    public static final String NONE = "";

    private static final Map<String, String> SYNONYMS = Map.of(
            "without-tools", "no-tools",
            "no-tool", "no-tools",
            "w/o-tools", "no-tools",
            "with-tools", "tools",
            "with-tool", "tools");

    private Conditions() {
    }

    public static String key(Collection<String> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return NONE;
        }
        TreeSet<String> canonical = new TreeSet<>();
        for (String condition : conditions) {
            String c = normalize(condition);
            if (!c.isEmpty()) {
                canonical.add(c);
            }
        }
        return String.join(";", canonical);
    }

    /** The conditions of a key, in canonical order. */
    public static List<String> parts(String key) {
        return key == null || key.isEmpty() ? List.of() : Arrays.asList(key.split(";"));
    }

    static String normalize(String condition) {
        if (condition == null) {
            return "";
        }
        String c = TextFolding.fold(condition).replace(";", ",").strip().replaceAll("\\s+", "-");
        return SYNONYMS.getOrDefault(c, c);
    }
}
