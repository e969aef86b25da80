package ai.frontierwatch.contracts.catalog;

import java.util.List;

/** Full state of a benchmark after a change. */
public record BenchmarkState(
        String id,
        String slug,
        String name,
        List<String> aliases,
        String category,
        String unit,
        boolean higherIsBetter,
        Double minValue,
        Double maxValue) {
}
