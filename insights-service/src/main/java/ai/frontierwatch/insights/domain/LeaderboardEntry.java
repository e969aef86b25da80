package ai.frontierwatch.insights.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * One model on a leaderboard: its best comparable result. {@code rank} counts the models that are better and
 * not tied; {@code tiedWith} lists models with an equal value or an overlapping uncertainty interval;
 * {@code gapToNext} is the distance to the next entry down (null for the last).
 */
public record LeaderboardEntry(int rank, String modelId, String modelSlug, String modelName, String vendorId,
        double value, Double stderr, Double lowerBound, Double upperBound, Double gapToNext, List<String> tiedWith,
        String resultId, LocalDate measuredOn, boolean disputed, JsonNode sources) {
}
