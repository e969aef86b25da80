package ai.frontierwatch.articles.parsing;

import java.util.List;
import java.util.Map;

/** One article as read from a document (a digest yields several). Immutable; built by {@link DocumentParser}. */
public record ParsedArticle(
        String title,
        TitleSource titleSource,
        String url,
        String source,
        String author,
        PublishedDate published,
        String language,
        String category,
        List<String> tags,
        String summary,
        List<String> keyPoints,
        String bodyMarkdown,
        String plainText,
        List<ParsedTable> tables,
        List<Link> links,
        List<Link> images,
        Map<String, Object> metadata,
        List<String> warnings) {
}
