package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.outbox.Outbox;
import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.EntityDeleted;
import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.BenchmarkResult;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.mapping.CatalogMapper;
import ai.frontierwatch.models.repository.ResultRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Records benchmark results. The same value again only adds its source; a different value for the same
 * measurement (same model, benchmark and conditions, and the same or an unknown date) is kept as a second
 * result and both are marked disputed. Values on different known dates are a time series, not a dispute.
 */
@ApplicationScoped
public class ResultService {

    /** A value to record, with names already resolved to ids and conditions to their canonical key. */
    public record Measurement(UUID modelId, Benchmark benchmark, double value, Double stderr, Double lowerBound,
            Double upperBound, String conditions, LocalDate measuredOn, List<Source> sources) {
    }

    public record Recorded(BenchmarkResult result, Outcome outcome) {
    }

    /**
     * Advisory lock held shared by single result writes and by import chunks that only record results, which
     * then lock each (model, benchmark) pair they write; held exclusively by import chunks that create or change
     * vendors, models or benchmarks, which then need no pair lock.
     */
    public static final long IMPORT_LOCK = 0x46572d494d504f52L;

    private final ResultRepository results;
    private final EntityManager em;
    private final Outbox outbox;

    public ResultService(ResultRepository results, EntityManager em, Outbox outbox) {
        this.results = results;
        this.em = em;
        this.outbox = outbox;
    }

    /** Why a measurement cannot be recorded on its benchmark, or null when it can. */
    public static String violation(Measurement m) {
        Benchmark b = m.benchmark();
        String range = b.rangeViolation(m.value());
        if (range != null) {
            return range;
        }
        if (m.stderr() != null && (m.stderr() < 0 || m.stderr().isNaN())) {
            return "stderr must not be negative";
        }
        if (m.lowerBound() != null && m.lowerBound() > m.value() + tolerance(m.value())) {
            return "lowerBound " + m.lowerBound() + " is above the value " + m.value();
        }
        if (m.upperBound() != null && m.upperBound() < m.value() - tolerance(m.value())) {
            return "upperBound " + m.upperBound() + " is below the value " + m.value();
        }
        return null;
    }

    /** Records one measurement on its own (not within an import, which holds the import lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(Measurement m) {
        String violation = violation(m);
        if (violation != null) {
            throw ProblemException.unprocessable(violation, null);
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(?1)").setParameter(1, IMPORT_LOCK)
                .getSingleResult();
        lockPair(m.modelId(), m.benchmark().id);
        return recordLocked(m);
    }

    /** Records a measurement once the caller holds its pair lock. */
    private Recorded recordLocked(Measurement m) {
        Set<BenchmarkResult> changed = new LinkedHashSet<>();
        Recorded recorded = apply(m, results.findSameTarget(m.modelId(), m.benchmark().id, m.conditions()),
                changed, em::persist);
        em.flush();
        outbox.publishAll(changed.stream().map(ResultService::event).toList());
        return recorded;
    }

    /**
     * Records measurements in order, as {@link #record} would one by one: one query reads the existing
     * results of every target, the new results are inserted in one JDBC batch and each created or changed result
     * gets one event with its final state. The caller holds the import lock, exclusively, or shared and then
     * {@code lockPairs} locks the measurements' (model, benchmark) pairs first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> recordAll(List<Measurement> measurements, boolean lockPairs) {
        if (lockPairs) {
            results.lockPairs(measurements.stream().map(m -> pairKey(m.modelId(), m.benchmark().id)).toList());
        }
        Map<ResultRepository.Target, List<BenchmarkResult>> existing = results.findSameTargets(
                measurements.stream().map(ResultService::target).toList());
        Set<BenchmarkResult> changed = new LinkedHashSet<>();
        List<BenchmarkResult> created = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>(measurements.size());
        for (Measurement m : measurements) {
            // results created earlier in the batch are in the list, so a repeated row finds them
            List<BenchmarkResult> same = existing.computeIfAbsent(target(m), t -> new ArrayList<>());
            outcomes.add(apply(m, same, changed, created::add).outcome());
        }
        // new results are inserted in their final state (later rows may have added sources or a dispute)
        results.insertAll(created);
        em.flush();
        outbox.publishAll(changed.stream().map(ResultService::event).toList());
        return outcomes;
    }

    /**
     * Applies a measurement to the results of its target ({@code same}, oldest first, extended with a new
     * result) without flushing; what it creates or changes is added to {@code changed}, and a new result is
     * handed to {@code create}.
     */
    private Recorded apply(Measurement m, List<BenchmarkResult> same, Set<BenchmarkResult> changed,
            java.util.function.Consumer<BenchmarkResult> create) {
        for (BenchmarkResult existing : same) {
            if (sameMeasurement(existing.measuredOn, m.measuredOn()) && sameValue(existing.value, m.value())) {
                Outcome outcome = addSources(existing, m.sources());
                if (outcome == Outcome.UPDATED) {
                    changed.add(existing);
                }
                return new Recorded(existing, outcome);
            }
        }
        List<BenchmarkResult> conflicting = same.stream()
                .filter(r -> sameMeasurement(r.measuredOn, m.measuredOn()))
                .toList();
        BenchmarkResult result = new BenchmarkResult();
        result.id = UUID.randomUUID();
        result.modelId = m.modelId();
        result.benchmarkId = m.benchmark().id;
        result.value = m.value();
        result.stderr = m.stderr();
        result.lowerBound = m.lowerBound();
        result.upperBound = m.upperBound();
        result.conditions = m.conditions();
        result.measuredOn = m.measuredOn();
        result.disputed = !conflicting.isEmpty();
        result.sources = distinct(m.sources());
        result.createdAt = Instant.now();
        result.updatedAt = result.createdAt;
        create.accept(result);
        same.add(result);
        changed.add(result);
        for (BenchmarkResult other : conflicting) {
            if (!other.disputed) {
                other.disputed = true;
                other.updatedAt = result.createdAt;
                changed.add(other);
            }
        }
        return new Recorded(result, Outcome.CREATED);
    }

    private static ResultRepository.Target target(Measurement m) {
        return new ResultRepository.Target(m.modelId(), m.benchmark().id, m.conditions());
    }

    /**
     * Serializes writers of the same model and benchmark until the transaction ends; concurrent writers of
     * one value then add sources instead of creating the same result twice.
     */
    private void lockPair(UUID modelId, UUID benchmarkId) {
        results.lockPairs(List.of(pairKey(modelId, benchmarkId)));
    }

    private static String pairKey(UUID modelId, UUID benchmarkId) {
        return modelId + "/" + benchmarkId;
    }

    @Transactional
    public void delete(UUID id) {
        BenchmarkResult result = results.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Result", id.toString()));
        long version = result.version + 2;
        results.delete(result);
        em.flush();
        outbox.publish(EventType.BENCHMARK_RESULT_DELETED, id.toString(), version,
                new EntityDeleted(id.toString(), null));
        // a dispute ends when only one value is left for the measurement
        List<BenchmarkResult> rest = results.findSameTarget(result.modelId, result.benchmarkId, result.conditions)
                .stream().filter(r -> r.disputed && sameMeasurement(r.measuredOn, result.measuredOn)).toList();
        if (rest.size() == 1) {
            BenchmarkResult last = rest.get(0);
            last.disputed = false;
            last.updatedAt = Instant.now();
            em.flush();
            publish(last);
        }
    }

    private Outcome addSources(BenchmarkResult result, List<Source> sources) {
        List<Source> merged = new ArrayList<>(result.sources);
        for (Source s : sources) {
            if (merged.stream().noneMatch(s::sameCitation)) {
                merged.add(s);
            }
        }
        if (merged.size() == result.sources.size()) {
            return Outcome.UNCHANGED;
        }
        result.sources = merged;
        result.updatedAt = Instant.now();
        return Outcome.UPDATED;
    }

    /** Publishes the state of a result; call after a flush, which has set its version. */
    private void publish(BenchmarkResult result) {
        outbox.publishAll(List.of(event(result)));
    }

    private static Outbox.Event event(BenchmarkResult result) {
        return new Outbox.Event(EventType.BENCHMARK_RESULT_UPSERTED, result.id.toString(), result.version + 1,
                CatalogMapper.state(result));
    }

    private static List<Source> distinct(List<Source> sources) {
        List<Source> out = new ArrayList<>();
        for (Source s : sources) {
            if (out.stream().noneMatch(s::sameCitation)) {
                out.add(s);
            }
        }
        return out;
    }

    static boolean sameMeasurement(LocalDate a, LocalDate b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    static boolean sameValue(double a, double b) {
        return Math.abs(a - b) <= tolerance(a);
    }

    private static double tolerance(double v) {
        return 1e-9 * Math.max(1, Math.abs(v));
    }
}
