package ai.frontierwatch.contracts.insights;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article states a benchmark score that differs from every value on record for the same model, benchmark
 * and conditions. Announced once per claim, when insights-service first judges it conflicting.
 *
 * @param modelName     the model as the article wrote it
 * @param benchmarkName the benchmark as the article wrote it
 * @param conditions    conditions the article stated ("" when none: compared with results under any conditions)
 * @param recorded      the values on record it was compared with
 */
public record ClaimConflictDetected(
        String claimId,
        String articleId,
        OffsetDateTime publishedAt,
        String modelId,
        String modelSlug,
        String modelName,
        String benchmarkId,
        String benchmarkSlug,
        String benchmarkName,
        double claimedValue,
        String unit,
        String conditions,
        List<Recorded> recorded,
        String quote) {

    /** A result on record the claim disagrees with. */
    public record Recorded(String resultId, double value, String conditions) {
    }
}
