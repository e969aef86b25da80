package ai.frontierwatch.contracts.articles;

/** Payload of an article deletion. */
public record ArticleDeleted(String id) {
}
