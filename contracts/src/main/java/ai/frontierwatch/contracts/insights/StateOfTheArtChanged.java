package ai.frontierwatch.contracts.insights;

import java.time.LocalDate;

/**
 * The best result on a leaderboard (one benchmark under one conditions key) changed: another model took the
 * lead, or the leader's value changed. Derived by insights-service from the results on record.
 *
 * @param conditions      canonical conditions key of the board ("" when the results state none)
 * @param resultId        the leading benchmark result
 * @param previousModelId null when the board had no leader before
 * @param asOf            the day the leading result was measured; null when its source gave no date
 */
public record StateOfTheArtChanged(
        String benchmarkId,
        String benchmarkSlug,
        String benchmarkName,
        String conditions,
        String unit,
        boolean higherIsBetter,
        String modelId,
        String modelSlug,
        String modelName,
        double value,
        String resultId,
        String previousModelId,
        String previousModelSlug,
        Double previousValue,
        LocalDate asOf) {
}
