package ai.frontierwatch.gateway.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;

/** Reads downstream JSON leniently: a field added downstream never breaks the gateway. */
final class Json {

    /** Its own mapper: the helpers are static, called from many clients and lambdas, where nothing is injected. */
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Json() {
    }

    /** The items of a list answer, whether it is a bare array or a page with {@code items}. */
    static <T> List<T> items(JsonNode node, Class<T> type) {
        JsonNode array = node == null ? null : node.isArray() ? node : node.get("items");
        List<T> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode item : array) {
                out.add(MAPPER.convertValue(item, type));
            }
        }
        return out;
    }

    /** A page: its items and, from services that give them, a cursor per item, the previous cursor and the total. */
    static <T> CatalogDtos.PageDto<T> page(JsonNode node, Class<T> type) {
        List<String> cursors = null;
        if (node != null && node.has("cursors") && node.get("cursors").isArray()) {
            cursors = new ArrayList<>();
            for (JsonNode cursor : node.get("cursors")) {
                cursors.add(cursor.asText());
            }
        }
        Long total = node != null && node.hasNonNull("total") ? node.get("total").asLong() : null;
        return new CatalogDtos.PageDto<>(items(node, type), text(node, "nextCursor"), text(node, "previousCursor"),
                cursors, total);
    }

    static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    static <T> T as(JsonNode node, Class<T> type) {
        return MAPPER.convertValue(node, type);
    }
}
