package ai.frontierwatch.insights.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A benchmark's ranking under one set of conditions (only comparable results are ranked together), as it
 * stood on {@code asOf} (null: now). {@code availableConditions} lists every conditions key with results.
 */
public record Leaderboard(String benchmarkId, String benchmarkSlug, String benchmarkName, String unit,
        boolean higherIsBetter, String conditions, LocalDate asOf, List<ConditionsGroup> availableConditions,
        List<LeaderboardEntry> entries) {

    /** A conditions key and how many models have a result under it. */
    public record ConditionsGroup(String conditions, int models) {
    }
}
