package ai.frontierwatch.insights.repository;

import ai.frontierwatch.insights.domain.ReviewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Editors' decisions on claims; kept apart from derived state so rebuilds never lose them. */
@ApplicationScoped
public class ReviewStore {

    private final EntityManager em;

    public ReviewStore(EntityManager em) {
        this.em = em;
    }

    public Optional<ReviewState> decision(UUID claimId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT decision FROM claim_review WHERE claim_id = ?1 FOR UPDATE")
                .setParameter(1, claimId).getResultList();
        return rows.stream().findFirst().map(ReviewState::valueOf);
    }

    public void decide(UUID claimId, ReviewState decision, String note, String recordedResultId) {
        em.createNativeQuery("""
                INSERT INTO claim_review (claim_id, decision, note, recorded_result_id, decided_at)
                VALUES (?1, ?2, ?3, ?4, now())
                ON CONFLICT (claim_id) DO UPDATE SET decision = excluded.decision, note = excluded.note,
                    recorded_result_id = excluded.recorded_result_id, decided_at = now()""")
                .setParameter(1, claimId).setParameter(2, decision.name()).setParameter(3, note)
                .setParameter(4, recordedResultId).executeUpdate();
    }
}
