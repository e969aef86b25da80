package ai.frontierwatch.gateway.schema;

import java.util.Locale;

/** Downstream values mapped onto the schema's closed sets; unknown values fall back instead of failing. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}
