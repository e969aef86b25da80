package ai.frontierwatch.contracts.config;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops the start when a setting the active profile requires is missing, with one line naming every missing one
 * (and the environment variable that sets it), instead of falling back to a laptop's defaults. The required
 * settings are the property names listed in {@value #LIST} (set for the prod profile in each service's
 * application.properties); a property counts as missing when it has no value or an empty one after profiles and
 * expressions are applied.
 *
 * <p>The check runs when Quarkus builds the runtime configuration, before anything (the datasource, Flyway, Kafka
 * clients) uses it; Quarkus prints the message of a {@link ConfigurationException} as is and exits with status 1.
 */
public final class RequiredSettings implements ConfigSourceInterceptorFactory {

    /** Comma-separated property names the active profile cannot start without. */
    public static final String LIST = "fw.required-settings";

    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    @Override
    public ConfigSourceInterceptor getInterceptor(ConfigSourceInterceptorContext context) {
        // Only the runtime configuration: the build (which runs in the prod profile) has no runtime settings.
        if (ExecutionMode.current() == ExecutionMode.RUNTIME_INIT) {
            missing(context::proceed).ifPresent(message -> {
                throw new ConfigurationException(message);
            });
        }
        return ConfigSourceInterceptorContext::proceed;
    }

    /** Above the profile and expression interceptors, so that what is checked is what the service would get. */
    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(Priorities.APPLICATION + 100);
    }

    /**
     * The line that stops the start, naming each missing setting as its environment variable (the property's
     * placeholder) with the property in parentheses; empty when nothing required is missing.
     */
    public static Optional<String> missing(Function<String, ConfigValue> lookup) {
        ConfigValue list = safe(lookup, LIST);
        if (list == null || isBlank(list.getValue())) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            ConfigValue value = safe(lookup, name);
            if (value == null || isBlank(value.getValue())) {
                missing.add(describe(name, value));
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Cannot start: required settings missing: " + String.join(", ", missing));
    }

    /** A lookup that fails (an expression naming nothing, without default) counts as missing. */
    private static ConfigValue safe(Function<String, ConfigValue> lookup, String name) {
        try {
            return lookup.apply(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String describe(String name, ConfigValue value) {
        String raw = value == null ? null : value.getRawValue();
        if (raw != null) {
            Matcher m = ENV.matcher(raw);
            List<String> env = new ArrayList<>();
            while (m.find()) {
                env.add(m.group(1));
            }
            if (!env.isEmpty()) {
                return String.join("/", env) + " (" + name + ")";
            }
        }
        return name;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
