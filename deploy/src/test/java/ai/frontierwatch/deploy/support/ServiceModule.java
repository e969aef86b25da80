package ai.frontierwatch.deploy.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own module says about it, read at test time from its application.properties,
 * so the manifests are checked against the code as it is now.
 */
public record ServiceModule(String name, Path dir, Properties properties, Map<String, String> environment) {

    /** The deployed services; each is a module of the same name and a Deployment of the same name. */
    public static final List<String> NAMES = List.of("gateway", "models-service", "articles-service", "insights-service");

    /** {@code ${NAME}} or {@code ${NAME:default}} with an environment-style name. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    public static List<ServiceModule> all() {
        return NAMES.stream().map(ServiceModule::of).toList();
    }

    public static ServiceModule of(String name) {
        Path dir = Kustomize.REPO.resolve(name);
        Path file = dir.resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = PLACEHOLDER.matcher(properties.getProperty(key));
            while (m.find()) {
                environment.merge(m.group(1), m.group(2) == null ? "" : m.group(2), (a, b) -> a.isEmpty() ? b : a);
            }
        }
        return new ServiceModule(name, dir, properties, Map.copyOf(environment));
    }

    /** A property as the default (prod) profile sees it, placeholders resolved to their defaults. */
    public String property(String key, String fallback) {
        String value = properties.getProperty("%prod." + key, properties.getProperty(key));
        return value == null ? fallback : resolveDefaults(value);
    }

    public String resolveDefaults(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        return m.appendTail(out).toString();
    }

    public int httpPort() {
        return Integer.parseInt(property("quarkus.http.port", "8080"));
    }

    /** Path of a SmallRye Health group ("live", "ready", "started") as this service serves it. */
    public String healthPath(String group) {
        String root = trim(property("quarkus.http.non-application-root-path", "q"));
        String health = trim(property("quarkus.smallrye-health.root-path", "health"));
        String key = switch (group) {
            case "live" -> "quarkus.smallrye-health.liveness-path";
            case "ready" -> "quarkus.smallrye-health.readiness-path";
            case "started" -> "quarkus.smallrye-health.startup-path";
            default -> throw new IllegalArgumentException(group);
        };
        return "/" + root + "/" + health + "/" + trim(property(key, group));
    }

    /** Topics the service consumes or produces through SmallRye Reactive Messaging channels. */
    public List<String> channelTopics() {
        return properties.stringPropertyNames().stream()
                .filter(k -> k.matches("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic"))
                .map(properties::getProperty).sorted().toList();
    }

    /** Names of the SmallRye Reactive Messaging channels the service consumes. */
    public List<String> incomingChannels() {
        Pattern topic = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
        return properties.stringPropertyNames().stream().map(topic::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).sorted().toList();
    }

    public String text(String relativePath) {
        try {
            return Files.readString(dir.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + dir.resolve(relativePath), e);
        }
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
