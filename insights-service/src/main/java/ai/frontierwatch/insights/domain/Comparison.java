package ai.frontierwatch.insights.domain;

import java.util.List;
import java.util.Map;

/**
 * Two or more models head to head on the benchmarks they share under equal conditions. On each benchmark the
 * best model wins (a tie when the best values are equal or their uncertainty overlaps); {@code margin} is
 * the distance from the winner to the runner-up.
 */
public record Comparison(List<String> modelIds, List<Row> benchmarks, List<Tally> tallies, List<String> notShared) {

    public record Row(String benchmarkId, String benchmarkSlug, String benchmarkName, String conditions,
            boolean higherIsBetter, Map<String, Double> values, Map<String, String> resultIds, String winnerModelId,
            List<String> tiedModelIds, Double margin) {
    }

    /** Per model: benchmarks won outright, lost, and tied for best. */
    public record Tally(String modelId, int wins, int losses, int ties) {
    }
}
