package ai.frontierwatch.articles.service;

import java.util.List;

/** An article sent as fields; {@code body} is Markdown and the other fields override what it says. */
public record NewArticle(String title, String url, String source, String author, String publishedAt, String body,
        List<String> tags, String category) {
}
