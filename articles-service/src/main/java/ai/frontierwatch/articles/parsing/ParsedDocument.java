package ai.frontierwatch.articles.parsing;

import java.util.List;

/** What one document holds: its articles and what the parser noticed about the document as a whole. */
public record ParsedDocument(List<ParsedArticle> articles, List<String> warnings) {
}
