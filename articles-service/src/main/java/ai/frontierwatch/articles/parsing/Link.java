package ai.frontierwatch.articles.parsing;

/** A link or image reference found in a document: its text (or alt text) and its target. */
public record Link(String text, String url) {
}
