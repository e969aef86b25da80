package ai.frontierwatch.articles.parsing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * YAML front matter (Jekyll, Hugo, Astro): the block between a first line {@code ---} and the next
 * {@code ---} or {@code ...}. Read with Jackson so that dates stay the strings they were written as
 * (SnakeYAML would turn them into java.util.Date and lose the offset).
 */
public record FrontMatter(Map<String, JsonNode> fields, String body) {

    private static final Pattern BLOCK = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern EMPTY_BLOCK = Pattern.compile("\\A---[ \\t]*\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)");
    /** A YAML mapper with bounded loading: Quarkus provides only a JSON one. */
    private static final ObjectMapper YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(2 * 1024 * 1024);
        YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    /** Splits off the front matter; a document without one gives empty fields and its whole text. */
    public static FrontMatter split(String text) {
        Matcher empty = EMPTY_BLOCK.matcher(text);
        if (empty.find()) {
            return new FrontMatter(Map.of(), text.substring(empty.end()));
        }
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return new FrontMatter(Map.of(), text);
        }
        String yaml = m.group(1);
        if (!looksLikeYaml(yaml)) {
            // "---" used as a horizontal rule at the very top, followed by prose: not front matter.
            return new FrontMatter(Map.of(), text);
        }
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JacksonException | RuntimeException e) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.FRONT_MATTER_NOT_YAML,
                    "The front matter is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return new FrontMatter(Map.of(), text.substring(m.end()));
        }
        if (!node.isObject()) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.FRONT_MATTER_NOT_YAML,
                    "The front matter is not a YAML mapping of fields");
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> fields.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()));
        return new FrontMatter(fields, text.substring(m.end()));
    }

    /** A front matter block starts with a "key:" line; anything else after "---" is a rule and prose. */
    private static boolean looksLikeYaml(String block) {
        for (String line : block.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return t.matches("[\\p{L}\\p{N}_\"'][^:]{0,80}:(\\s.*|)") || t.matches("[\\p{L}\\p{N}_]+\\s*:.*");
        }
        return false;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The first non-blank scalar among the given keys. */
    public String text(String... keys) {
        for (String key : keys) {
            JsonNode v = fields.get(key);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /** Values of the given keys as a list: YAML lists, or scalars split on commas. */
    public List<String> list(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            JsonNode v = fields.get(key);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                v.forEach(item -> {
                    if (item.isValueNode() && !item.asText().isBlank()) {
                        out.add(item.asText().strip());
                    }
                });
            } else if (v.isValueNode()) {
                for (String part : v.asText().split("[,，]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    /** Every field as plain Java values, for the article's metadata. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, YAML.convertValue(v, Object.class)));
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
