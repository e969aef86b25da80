package ai.frontierwatch.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What articles-service answers, as the gateway reads it (unknown fields are ignored). */
public final class ArticleDtos {

    private ArticleDtos() {
    }

    public record TableDto(String caption, List<String> header, List<List<String>> rows) {
    }

    public record ArticleDto(String id, String title, String url, String source, String author,
            String publishedAt, String language, String category, List<String> tags, String summary,
            List<String> keyPoints, String bodyMarkdown, String plainText, List<TableDto> tables, String ingestedAt) {
    }

    /** A search answer: hits, facets and the next cursor; kept as JSON where its shape is open-ended. */
    public record SearchDto(List<JsonNode> hits, JsonNode facets, String nextCursor, Long total, Boolean exact,
            Integer facetsCounted) {
    }
}
