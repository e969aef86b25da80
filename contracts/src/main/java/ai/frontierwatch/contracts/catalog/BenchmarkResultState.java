package ai.frontierwatch.contracts.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Full state of a benchmark result after a change.
 *
 * @param conditions  canonical condition key (e.g. "no-tools;pass@1"); results are only comparable
 *                    when their conditions are equal
 * @param disputed    true when another value is on record for the same model, benchmark and conditions
 */
public record BenchmarkResultState(
        String id,
        String modelId,
        String benchmarkId,
        double value,
        Double stderr,
        Double lowerBound,
        Double upperBound,
        String conditions,
        LocalDate measuredOn,
        boolean disputed,
        List<SourceRef> sources) {

    /** Where a value came from. {@code reportedBy} is FIRST_PARTY (the vendor) or THIRD_PARTY. */
    public record SourceRef(
            String url,
            String articleId,
            String quote,
            String reportedBy,
            String publisher,
            Instant retrievedAt) {
    }
}
