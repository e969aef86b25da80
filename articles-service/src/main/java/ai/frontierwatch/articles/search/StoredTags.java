package ai.frontierwatch.articles.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.SQLException;
import java.util.List;

/**
 * An article's tags as searches read them: the {@code tags} column as JSON text ({@code a.tags::text}), parsed here.
 * Unnesting the array per row in SQL cost more than reading it.
 */
final class StoredTags {

    /** A plain reader of string arrays: this static helper has no injection, and needs no configuration. */
    private static final ObjectReader READER = new ObjectMapper().readerForListOf(String.class);

    private StoredTags() {
    }

    /** The tags of a JSON array as stored, or none. */
    static List<String> parse(String json) throws SQLException {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("tags are not a JSON array of strings: " + json, e);
        }
    }
}
