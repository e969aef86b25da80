package ai.frontierwatch.insights.events;

import ai.frontierwatch.commons.outbox.Outbox;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.insights.ClaimConflictDetected;
import ai.frontierwatch.insights.domain.Claim;
import ai.frontierwatch.insights.domain.ClaimStatus;
import ai.frontierwatch.insights.domain.ReviewState;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.repository.DerivedStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Announces claims the first time they are judged to conflict with the record. Status is computed by the same
 * query the claims API answers with, so an announced conflict is one the API shows. Rejected claims are not
 * news: an editor already dismissed them.
 */
@ApplicationScoped
public class ConflictAnnouncer {

    /** Claims looked at per change; an article or a result touches far fewer. */
    static final int MAX_CLAIMS = 1000;

    private final DerivedStore derived;
    private final AnnouncementStore store;
    private final Outbox outbox;

    public ConflictAnnouncer(DerivedStore derived, AnnouncementStore store, Outbox outbox) {
        this.derived = derived;
        this.store = store;
        this.outbox = outbox;
    }

    void checkArticle(Catalogue catalogue, String articleId, boolean announce) {
        if (!store.anyClaimWithRecord(articleId, null, null)) {
            return;
        }
        check(catalogue, List.of(articleId), List.of(), List.of(), announce);
    }

    void checkModelOnBenchmark(Catalogue catalogue, String modelId, String benchmarkId, boolean announce) {
        if (!store.anyClaimWithRecord(null, modelId, benchmarkId)) {
            return;
        }
        check(catalogue, List.of(), List.of(modelId), List.of(benchmarkId), announce);
    }

    /** Claims that name a model or benchmark whose change may have resolved them. */
    void checkEntity(Catalogue catalogue, String entityId, boolean announce) {
        check(catalogue, List.of(), List.of(entityId), List.of(), announce);
        check(catalogue, List.of(), List.of(), List.of(entityId), announce);
    }

    private void check(Catalogue catalogue, Collection<String> articles, Collection<String> models,
            Collection<String> benchmarks, boolean announce) {
        List<Claim> conflicts = derived.claims(new DerivedStore.ClaimFilter(articles, models, benchmarks, List.of(),
                List.of(ClaimStatus.CONFLICTS), List.of(ReviewState.PENDING, ReviewState.ACCEPTED)), MAX_CLAIMS, 0).items();
        Set<java.util.UUID> fresh = store.markConflictsAnnounced(conflicts.stream().map(Claim::id).toList());
        if (!announce) {
            return;
        }
        for (Claim claim : conflicts) {
            if (fresh.contains(claim.id())) {
                outbox.publish(EventType.CLAIM_CONFLICT_DETECTED, claim.id().toString(), 1, payload(catalogue, claim));
            }
        }
    }

    static ClaimConflictDetected payload(Catalogue catalogue, Claim claim) {
        return new ClaimConflictDetected(claim.id().toString(), claim.articleId(), claim.publishedAt(), claim.modelId(),
                catalogue.model(claim.modelId()).map(ModelState::slug).orElse(null), claim.modelName(),
                claim.benchmarkId(), catalogue.benchmark(claim.benchmarkId()).map(BenchmarkState::slug).orElse(null),
                claim.benchmarkName(), claim.value(), claim.unit(), claim.conditions(),
                claim.recorded().stream().map(r -> new ClaimConflictDetected.Recorded(r.resultId(), r.value(),
                        r.conditions())).toList(),
                claim.quote());
    }
}
