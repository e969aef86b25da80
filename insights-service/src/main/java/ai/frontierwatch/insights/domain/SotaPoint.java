package ai.frontierwatch.insights.domain;

import java.time.LocalDate;

/** A date on which a benchmark's state of the art changed: the new leader and its value. */
public record SotaPoint(LocalDate date, String modelId, String modelName, double value, String resultId,
        String previousModelId, Double improvement) {
}
