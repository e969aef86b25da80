package ai.frontierwatch.insights.domain;

import java.time.LocalDate;

/**
 * Articles naming a model in the window ending on {@code asOf} against the window before it. {@code growth}
 * is current/previous - 1 (null when the previous window had none).
 */
public record Momentum(String modelId, String modelSlug, String modelName, LocalDate windowStart, LocalDate asOf,
        long current, long previous, long change, Double growth) {
}
