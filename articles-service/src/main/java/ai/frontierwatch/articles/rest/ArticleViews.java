package ai.frontierwatch.articles.rest;

import ai.frontierwatch.articles.domain.Article;
import ai.frontierwatch.articles.parsing.Link;
import ai.frontierwatch.articles.parsing.ParsedTable;
import ai.frontierwatch.articles.search.ListingRepository;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** What the API returns for articles. Dates are ISO-8601 strings that keep the offset the document used. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** An article with everything parsed from it. */
    public record Full(String id, long revision, String title, String titleSource, String url, String canonicalUrl,
            String source, String author, String publishedAt, String datePrecision, String language, String category,
            List<String> tags, String summary, List<String> keyPoints, String bodyMarkdown, String plainText,
            List<ParsedTable> tables, List<Link> links, List<Link> images, Map<String, Object> metadata,
            String contentHash, String ingestedAt, String updatedAt, List<String> warnings) {
    }

    /** An article in a list: no body. */
    public record Summary(String id, String title, String url, String source, String author, String publishedAt,
            String language, String category, List<String> tags, String summary) {
    }

    /** A page of a listing. */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    public static Full full(Article a) {
        return new Full(a.id.toString(), a.revision, a.title, a.titleSource, a.url, a.canonicalUrl, a.source, a.author,
                iso(a.publishedAtWithOffset()), a.datePrecision, a.language, a.category, a.tags, a.summary,
                a.keyPoints, a.bodyMarkdown, a.plainText, a.tables, a.links, a.images, a.metadata, a.contentHash,
                a.ingestedAt.toString(), a.updatedAt.toString(), a.warnings);
    }

    public static Summary summary(ListingRepository.Listing a) {
        return new Summary(a.id().toString(), a.title(), a.url(), a.source(), a.author(), iso(a.publishedAt()),
                a.language(), a.category(), a.tags(), a.summary());
    }

    static String iso(OffsetDateTime t) {
        return t == null ? null : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
