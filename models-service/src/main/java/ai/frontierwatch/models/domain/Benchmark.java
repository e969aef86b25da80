package ai.frontierwatch.models.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A test models are scored on, with the unit and the range its values must respect. */
@Entity
@Table(name = "benchmark")
public class Benchmark extends CatalogEntity {

    public String category;

    @Column(nullable = false)
    public String unit;

    @Column(name = "higher_is_better", nullable = false)
    public boolean higherIsBetter = true;

    @Column(name = "min_value")
    public Double minValue;

    @Column(name = "max_value")
    public Double maxValue;

    @Override
    public EntityKind kind() {
        return EntityKind.BENCHMARK;
    }

    @Override
    public List<Object> contentSnapshot() {
        return Arrays.asList(slug, name, List.copyOf(aliases), category, unit, higherIsBetter, minValue, maxValue);
    }

    /** Why a value cannot be a score on this benchmark, or null when it can. */
    public String rangeViolation(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "value must be a finite number";
        }
        if (minValue != null && value < minValue) {
            return "value " + value + " is below the minimum " + minValue + " of " + name + " (" + unit + ")";
        }
        if (maxValue != null && value > maxValue) {
            return "value " + value + " is above the maximum " + maxValue + " of " + name + " (" + unit + ")";
        }
        return null;
    }
}
