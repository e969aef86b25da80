package ai.frontierwatch.insights.events;

import ai.frontierwatch.commons.outbox.Outbox;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.insights.ClaimConflictDetected;
import ai.frontierwatch.insights.claims.ClaimVerdict;
import ai.frontierwatch.insights.claims.ExtractedClaim;
import ai.frontierwatch.insights.domain.Claim;
import ai.frontierwatch.insights.domain.ClaimStatus;
import ai.frontierwatch.insights.domain.RecordedResult;
import ai.frontierwatch.insights.domain.ReviewState;
import ai.frontierwatch.insights.repository.DerivedStore;
import ai.frontierwatch.insights.repository.ProjectionStore;
import ai.frontierwatch.insights.repository.ResultStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Announces claims the first time they are judged to conflict with the record. An article's claims are judged
 * as they are written, against the results of the models and benchmarks they name ({@link ClaimVerdict}, the
 * rule the claims API applies); claims touched by a result or catalogue change are read with the claims API's own
 * query. Rejected claims are not news: an editor already dismissed them.
 */
@ApplicationScoped
public class ConflictAnnouncer {

    /** Claims looked at per change; an article or a result touches far fewer. */
    static final int MAX_CLAIMS = 1000;

    private final DerivedStore derived;
    private final ResultStore results;
    private final AnnouncementStore store;
    private final Outbox outbox;
    private final ProjectionStore catalogue;

    public ConflictAnnouncer(DerivedStore derived, ResultStore results, AnnouncementStore store, Outbox outbox,
            ProjectionStore catalogue) {
        this.derived = derived;
        this.results = results;
        this.store = store;
        this.outbox = outbox;
        this.catalogue = catalogue;
    }

    /** The claims just written for an article (as extracted: a place stated twice keeps its first claim). */
    void checkArticle(String articleId, OffsetDateTime publishedAt, List<ExtractedClaim> claims,
            BooleanSupplier announce) {
        Map<String, ExtractedClaim> stored = new LinkedHashMap<>();
        for (ExtractedClaim c : claims) {
            stored.putIfAbsent(c.locator(), c);
        }
        List<ExtractedClaim> resolved = stored.values().stream()
                .filter(c -> c.modelId() != null && c.benchmarkId() != null).sorted(ClaimVerdict.LISTING_ORDER).toList();
        if (resolved.isEmpty()) {
            return;
        }
        Set<String> models = new LinkedHashSet<>();
        Set<String> benchmarks = new LinkedHashSet<>();
        resolved.forEach(c -> {
            models.add(c.modelId());
            benchmarks.add(c.benchmarkId());
        });
        List<RecordedResult> onRecord = results.ofModelsOnBenchmarks(models, benchmarks);
        if (onRecord.isEmpty()) {
            return;
        }
        OffsetDateTime published = stored(publishedAt);
        List<Claim> conflicts = new ArrayList<>();
        for (ExtractedClaim c : resolved) {
            List<Claim.Recorded> recorded = ClaimVerdict.recorded(c.modelId(), c.benchmarkId(), c.conditions(), onRecord);
            if (ClaimVerdict.status(true, c.value(), c.decimals(), c.conditions(), recorded) == ClaimStatus.CONFLICTS) {
                conflicts.add(claim(articleId, published, c, recorded));
            }
        }
        announce(conflicts, announce);
    }

    void checkModelOnBenchmark(String modelId, String benchmarkId, BooleanSupplier announce) {
        if (!store.anyClaim(modelId, benchmarkId)) {
            return;
        }
        check(List.of(), List.of(modelId), List.of(benchmarkId), announce);
    }

    /** Claims that name a model or benchmark whose change may have resolved them. */
    void checkEntity(String entityId, BooleanSupplier announce) {
        check(List.of(), List.of(entityId), List.of(), announce);
        check(List.of(), List.of(), List.of(entityId), announce);
    }

    private void check(Collection<String> articles, Collection<String> models,
            Collection<String> benchmarks, BooleanSupplier announce) {
        List<Claim> conflicts = derived.claimItems(new DerivedStore.ClaimFilter(articles, models, benchmarks, List.of(),
                List.of(ClaimStatus.CONFLICTS), List.of(ReviewState.PENDING, ReviewState.ACCEPTED)), MAX_CLAIMS, 0);
        announce(conflicts, announce);
    }

    private void announce(List<Claim> conflicts, BooleanSupplier announce) {
        if (conflicts.isEmpty()) {
            return;
        }
        Set<UUID> fresh = store.markConflictsAnnounced(conflicts.stream().map(Claim::id).toList());
        if (!announce.getAsBoolean()) {
            return;
        }
        for (Claim claim : conflicts) {
            if (fresh.contains(claim.id())) {
                outbox.publish(EventType.CLAIM_CONFLICT_DETECTED, claim.id().toString(), 1, payload(claim));
            }
        }
    }

    /** A claim as the claims API reads it back (review state aside: a rejected claim is never announced). */
    private static Claim claim(String articleId, OffsetDateTime publishedAt, ExtractedClaim c,
            List<Claim.Recorded> recorded) {
        boolean table = c.tableIndex() != null;
        return new Claim(DerivedStore.claimId(articleId, c.locator()), articleId, c.origin().name(), c.modelId(),
                c.modelName(), c.benchmarkId(), c.benchmarkName(), c.value(), c.unit(), c.conditions(), c.quote(),
                table ? null : c.quoteStart(), table ? null : c.quoteEnd(),
                table ? new Claim.TableCell(c.tableIndex(), c.rowIndex(), c.columnIndex()) : null, publishedAt,
                ClaimStatus.CONFLICTS, recorded, new Claim.Review(ReviewState.PENDING, null, null, null));
    }

    /** A time as the database stores and returns it: microseconds, in UTC. */
    static OffsetDateTime stored(OffsetDateTime t) {
        if (t == null) {
            return null;
        }
        OffsetDateTime utc = t.withOffsetSameInstant(ZoneOffset.UTC);
        return utc.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    private ClaimConflictDetected payload(Claim claim) {
        return new ClaimConflictDetected(claim.id().toString(), claim.articleId(), claim.publishedAt(), claim.modelId(),
                catalogue.model(claim.modelId()).map(ModelState::slug).orElse(null), claim.modelName(),
                claim.benchmarkId(), catalogue.benchmark(claim.benchmarkId()).map(BenchmarkState::slug).orElse(null),
                claim.benchmarkName(), claim.value(), claim.unit(), claim.conditions(),
                claim.recorded().stream().map(r -> new ClaimConflictDetected.Recorded(r.resultId(), r.value(),
                        r.conditions())).toList(),
                claim.quote());
    }
}
