package ai.frontierwatch.insights.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.insights.client.ModelsClient;
import ai.frontierwatch.insights.client.RecordResultRequest;
import ai.frontierwatch.insights.domain.Claim;
import ai.frontierwatch.insights.domain.ReviewState;
import ai.frontierwatch.insights.repository.DerivedStore;
import ai.frontierwatch.insights.repository.ProjectionStore;
import ai.frontierwatch.insights.repository.ReviewStore;
import ai.frontierwatch.text.Conditions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The claims review queue. PENDING → ACCEPTED (the value is recorded in models-service with the article as a
 * third-party source; it reaches leaderboards when models-service publishes the result) or PENDING → REJECTED
 * (kept rejected, across re-derivations and rebuilds). Accepting an accepted claim is a no-op; an accepted
 * claim cannot be rejected, nor a rejected one accepted.
 */
@ApplicationScoped
public class ClaimService {

    private static final Logger LOG = Logger.getLogger(ClaimService.class);

    private final DerivedStore derived;
    private final ReviewStore reviews;
    private final ProjectionStore projections;
    private final ModelsClient models;

    public ClaimService(DerivedStore derived, ReviewStore reviews, ProjectionStore projections, ModelsClient models) {
        this.derived = derived;
        this.reviews = reviews;
        this.projections = projections;
        this.models = models;
    }

    public DerivedStore.ClaimPage list(DerivedStore.ClaimFilter filter, int limit, int offset) {
        return QuarkusTransaction.requiringNew().call(() -> derived.claims(filter, limit, offset));
    }

    public Claim get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Claim", id.toString()));
    }

    private Optional<Claim> find(UUID id) {
        return list(new DerivedStore.ClaimFilter(List.of(), List.of(), List.of(), List.of(id), List.of(), List.of()), 1, 0)
                .items().stream().findFirst();
    }

    public Claim accept(UUID id, String note, LocalDate measuredOn) {
        Claim claim = get(id);
        switch (claim.review().state()) {
            case ACCEPTED -> {
                return claim;
            }
            case REJECTED -> throw ProblemException.conflict("Claim " + id + " was rejected; it cannot be accepted");
            default -> {
            }
        }
        if (claim.modelId() == null || claim.benchmarkId() == null) {
            throw ProblemException.unprocessable("Claim " + id + " names a " + (claim.modelId() == null ? "model" : "benchmark")
                    + " the catalogue does not know ('" + (claim.modelId() == null ? claim.modelName() : claim.benchmarkName())
                    + "'); add it or an alias first", null);
        }
        ArticleState article = QuarkusTransaction.requiringNew().call(() -> projections.article(claim.articleId()))
                .orElseThrow(() -> ProblemException.conflict("The article of claim " + id + " no longer exists"));
        LocalDate date = measuredOn != null ? measuredOn
                : article.publishedAt() == null ? null : article.publishedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        RecordResultRequest request = new RecordResultRequest(claim.modelId(), claim.benchmarkId(), claim.value(),
                Conditions.parts(claim.conditions()), date, List.of(new RecordResultRequest.Source(claim.articleId(),
                        article.url(), claim.quote(), "THIRD_PARTY", article.source())));
        String resultId;
        try {
            resultId = models.recordResult(request).orElseThrow(() -> ProblemException.unprocessable(
                    "models-service does not know model " + claim.modelId() + " or benchmark " + claim.benchmarkId(),
                    null)).id();
        } catch (ModelsClient.RejectedException e) {
            throw ProblemException.unprocessable("models-service refused the result (" + e.status() + "): "
                    + e.getMessage(), null);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("Recording claim %s in models-service failed: %s", id, e.toString());
            throw new ProblemException(503, "urn:problem:dependency-unavailable", "Dependency unavailable",
                    "models-service could not record the result; try again later", null);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (reviews.decision(id).filter(d -> d == ReviewState.REJECTED).isPresent()) {
                throw ProblemException.conflict("Claim " + id + " was rejected meanwhile");
            }
            reviews.decide(id, ReviewState.ACCEPTED, note, resultId);
        });
        LOG.infof("Claim %s accepted; models-service result %s", id, resultId);
        return get(id);
    }

    public Claim reject(UUID id, String note) {
        get(id);
        QuarkusTransaction.requiringNew().run(() -> {
            if (reviews.decision(id).filter(d -> d == ReviewState.ACCEPTED).isPresent()) {
                throw ProblemException.conflict("Claim " + id + " was accepted and recorded; correct the result in models-service");
            }
            reviews.decide(id, ReviewState.REJECTED, note, null);
        });
        LOG.infof("Claim %s rejected", id);
        return get(id);
    }
}
