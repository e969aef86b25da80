package ai.frontierwatch.models.importing;

import com.fasterxml.jackson.databind.JsonNode;

/** An uploaded file, decoded, with its detected format and parsed form (JSON tree or CSV table). */
public record ParsedFile(String name, String text, ImportFormat format, JsonNode json, CsvTable csv,
        String problem) {
}
