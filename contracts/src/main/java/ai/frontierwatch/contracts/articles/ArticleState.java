package ai.frontierwatch.contracts.articles;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What consumers need of an article to derive mentions, claims and trends.
 *
 * @param publishedAt null when the document gave no usable date
 * @param language    one of zh-Hans, zh-Hant, en, mixed
 */
public record ArticleState(
        String id,
        String title,
        String url,
        String source,
        OffsetDateTime publishedAt,
        String language,
        String category,
        List<String> tags,
        String plainText,
        List<Table> tables,
        String contentHash) {

    /** A table kept as structure: header cells and rows of cells, in document order. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {
    }
}
