package ai.frontierwatch.insights.domain;

import java.time.LocalDate;

/**
 * A benchmark result on record in the catalogue, as received from its events. Sources stay JSON text until an
 * answer shows them (rankings read many more results than they show).
 */
public record RecordedResult(String id, String modelId, String benchmarkId, double value, Double stderr,
        Double lowerBound, Double upperBound, String conditions, LocalDate measuredOn, boolean disputed,
        String sourcesJson) {

    /** The interval the value is known to lie in: bounds when given, else ±1.96 standard errors, else the value. */
    public double low() {
        return lowerBound != null ? lowerBound : stderr != null ? value - 1.96 * stderr : value;
    }

    public double high() {
        return upperBound != null ? upperBound : stderr != null ? value + 1.96 * stderr : value;
    }

    public boolean hasUncertainty() {
        return lowerBound != null || upperBound != null || stderr != null;
    }
}
