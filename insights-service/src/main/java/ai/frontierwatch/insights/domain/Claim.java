package ai.frontierwatch.insights.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A benchmark score an article states, checked against the record, with its place in the review queue.
 * {@code modelName}/{@code benchmarkName} are as written; the ids are null when the catalogue does not know
 * the name. {@code table} is set for a table cell, {@code quoteStart}/{@code quoteEnd} (offsets in the
 * article body) for prose.
 */
public record Claim(UUID id, String articleId, String origin, String modelId, String modelName, String benchmarkId,
        String benchmarkName, double value, String unit, String conditions, String quote, Integer quoteStart,
        Integer quoteEnd, TableCell table, OffsetDateTime publishedAt, ClaimStatus status, List<Recorded> recorded,
        Review review) {

    /** The cell of the article's table the value is in (0-based; row 0 is the first row under the header). */
    public record TableCell(int table, int row, int column) {
    }

    /** A result on record the claim was compared with. */
    public record Recorded(String resultId, double value, String conditions) {
    }

    /** The editors' decision; {@code resultId} is the result recorded in the catalogue on acceptance. */
    public record Review(ReviewState state, String note, String resultId, OffsetDateTime decidedAt) {
    }
}
