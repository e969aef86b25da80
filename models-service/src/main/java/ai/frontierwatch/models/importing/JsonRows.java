package ai.frontierwatch.models.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON elements together with the line they start on, so that bad entries can be reported by line. */
final class JsonRows {

    /** An element found at {@code path} (object keys from the root), starting on {@code line}. */
    record Element(List<String> path, long line, JsonNode node) {
    }

    private JsonRows() {
    }

    /** The elements of the array under a root field ({"field": [ ... ]}). */
    static List<Element> arrayUnder(ObjectMapper mapper, String json, String field) throws IOException {
        List<Element> out = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        long line = p.currentTokenLocation().getLineNr();
                        out.add(new Element(List.of(field), line, mapper.readTree(p)));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }

    /** The values two object levels down ({"a": {"b": value}}), each with its path [a, b]. */
    static List<Element> twoLevels(ObjectMapper mapper, String json) throws IOException {
        List<Element> out = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String outer = p.currentName();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    p.nextToken();
                    long line = p.currentTokenLocation().getLineNr();
                    out.add(new Element(List.of(outer, inner), line, mapper.readTree(p)));
                }
            }
        }
        return out;
    }
}
