package ai.frontierwatch.models.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

/**
 * A score of a model on a benchmark under given conditions, with every source that reports it. A second,
 * different value for the same measurement is a separate result; both are then marked disputed.
 */
@Entity
@Table(name = "benchmark_result")
public class BenchmarkResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "model_id", nullable = false)
    public UUID modelId;

    @Column(name = "benchmark_id", nullable = false)
    public UUID benchmarkId;

    @Column(nullable = false)
    public double value;

    public Double stderr;

    @Column(name = "lower_bound")
    public Double lowerBound;

    @Column(name = "upper_bound")
    public Double upperBound;

    /** Canonical condition key, see {@code ai.frontierwatch.text.Conditions}; "" when none. */
    @Column(nullable = false)
    public String conditions = "";

    @Column(name = "measured_on")
    public LocalDate measuredOn;

    @Column(nullable = false)
    public boolean disputed;

    /**
     * Never changed in place, only replaced by a new list: declared immutable so that Hibernate neither deep-copies
     * it (a JSON round trip) on persist nor compares it as JSON on flush.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Source> sources = List.of();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
