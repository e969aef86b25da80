package ai.frontierwatch.gateway.schema;

import ai.frontierwatch.gateway.client.ArticleDtos.ArticleDto;
import ai.frontierwatch.gateway.schema.ArticleTypes.Article;
import ai.frontierwatch.gateway.schema.ArticleTypes.FacetCount;
import ai.frontierwatch.gateway.schema.ArticleTypes.Table;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** From articles-service's answers to schema types. */
public final class ArticleMapping {

    private ArticleMapping() {
    }

    public static Article article(ArticleDto a) {
        List<Table> tables = a.tables() == null ? List.of()
                : a.tables().stream().map(t -> new Table(t.caption(), orEmpty(t.header()),
                        t.rows() == null ? List.of() : t.rows())).toList();
        return new Article(a.id(), a.title(), a.url(), a.source(), a.author(), dateTime(a.publishedAt()),
                Language.of(a.language()), a.category(), orEmpty(a.tags()), a.summary(), orEmpty(a.keyPoints()),
                a.bodyMarkdown(), tables);
    }

    /**
     * Facet counts from either {"category": {"value": count}} or {"category": [{"value": v, "count": n}]}.
     */
    public static List<FacetCount> facet(JsonNode facets, String... names) {
        List<FacetCount> out = new ArrayList<>();
        if (facets == null) {
            return out;
        }
        for (String name : names) {
            JsonNode node = facets.get(name);
            if (node == null) {
                continue;
            }
            if (node.isArray()) {
                node.forEach(f -> out.add(new FacetCount(text(f, "value", "key", "name"), f.path("count").asInt())));
            } else if (node.isObject()) {
                node.fields().forEachRemaining(e -> out.add(new FacetCount(e.getKey(), e.getValue().asInt())));
            }
            return out;
        }
        return out;
    }

    /** The article id of a search hit, wherever the hit keeps it. */
    public static String hitArticleId(JsonNode hit) {
        if (hit.hasNonNull("articleId")) {
            return hit.get("articleId").asText();
        }
        if (hit.has("article") && hit.get("article").hasNonNull("id")) {
            return hit.get("article").get("id").asText();
        }
        return hit.path("id").asText(null);
    }

    public static String hitSnippet(JsonNode hit) {
        JsonNode snippet = hit.has("snippet") ? hit.get("snippet") : hit.get("snippets");
        if (snippet == null || snippet.isNull()) {
            return null;
        }
        return snippet.isArray() ? (snippet.isEmpty() ? null : snippet.get(0).asText()) : snippet.asText();
    }

    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                return node.get(field).asText();
            }
        }
        return "";
    }

    /** An ISO date-time with offset, or a bare date (read as its start in UTC); null when absent or unreadable. */
    static java.time.OffsetDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException notDateTime) {
            try {
                return java.time.LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
