package ai.frontierwatch.models.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/** Recognises an uploaded file's format from its content (JSON shape or CSV header), never from its name. */
@ApplicationScoped
public class FormatDetector {

    public static final String CATALOG_FORMAT = "frontier-watch-catalog/v1";

    private final ObjectMapper mapper;

    public FormatDetector(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ParsedFile detect(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String head = text.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            try {
                JsonNode json = mapper.readTree(text);
                return new ParsedFile(name, text, jsonFormat(json), json, null, null);
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                return new ParsedFile(name, text, ImportFormat.UNKNOWN, null, null,
                        "malformed JSON at line " + line + ": " + e.getOriginalMessage());
            }
        }
        try {
            CsvTable csv = CsvTable.parse(text);
            return new ParsedFile(name, text, csvFormat(csv), null, csv, null);
        } catch (IllegalArgumentException e) {
            return new ParsedFile(name, text, ImportFormat.UNKNOWN, null, null, "malformed CSV: " + e.getMessage());
        }
    }

    static ImportFormat jsonFormat(JsonNode json) {
        if (json.isObject() && CATALOG_FORMAT.equals(json.path("format").asText())) {
            return ImportFormat.FRONTIER_WATCH_CATALOG;
        }
        if (json.isArray() && !json.isEmpty() && json.get(0).has("model_api_name")) {
            return ImportFormat.LMARENA_MODEL_METADATA;
        }
        if (!json.isObject() || json.isEmpty()) {
            return ImportFormat.UNKNOWN;
        }
        if (allValues(json, v -> v.isArray() && allValues(v, JsonNode::isTextual))) {
            return ImportFormat.LIVEBENCH_CATEGORIES;
        }
        if (allValues(json, category -> category.isObject()
                && allValues(category, entry -> entry.isObject() && entry.has("rating")))) {
            return ImportFormat.LMARENA_LEADERBOARD;
        }
        return ImportFormat.UNKNOWN;
    }

    static ImportFormat csvFormat(CsvTable csv) {
        if (csv.hasColumns("id", "Model", "Version release date")) {
            return ImportFormat.EPOCH_MODEL_VERSIONS;
        }
        if (csv.hasColumns("task", "model", "Best score (across scorers)")) {
            return ImportFormat.EPOCH_BENCHMARK_RUNS;
        }
        if (csv.hasColumns("Model version", "ECI Score")) {
            return ImportFormat.EPOCH_CAPABILITIES_INDEX;
        }
        if (csv.hasColumns("Model version")) {
            return ImportFormat.EPOCH_EXTERNAL_BENCHMARK;
        }
        if (csv.hasColumns("benchmark", "optimized_for")) {
            return ImportFormat.EPOCH_BENCHMARK_METADATA;
        }
        if (csv.hasColumns("model", "distilled")) {
            return ImportFormat.EPOCH_DISTILLED_MODELS;
        }
        if (!csv.header().isEmpty() && csv.header().get(0).equals("model") && csv.header().size() > 1
                && csv.hasRows() && mostlyNumeric(csv)) {
            return ImportFormat.LIVEBENCH_TABLE;
        }
        return ImportFormat.UNKNOWN;
    }

    private static boolean mostlyNumeric(CsvTable csv) {
        int cells = 0;
        int numeric = 0;
        for (CsvTable.Row row : csv.rows()) {
            for (String column : csv.header().subList(1, csv.header().size())) {
                String v = row.get(column);
                if (!v.isEmpty()) {
                    cells++;
                    numeric += Numbers.parse(v) != null ? 1 : 0;
                }
            }
        }
        return cells > 0 && numeric * 4 >= cells * 3;
    }

    private static boolean allValues(JsonNode node, java.util.function.Predicate<JsonNode> test) {
        Iterator<JsonNode> it = node.elements();
        boolean any = false;
        while (it.hasNext()) {
            any = true;
            if (!test.test(it.next())) {
                return false;
            }
        }
        return any;
    }
}
