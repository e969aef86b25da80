package ai.frontierwatch.insights.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What has been announced: the leader of every leaderboard and the claims announced as conflicting. */
@ApplicationScoped
public class AnnouncementStore {

    /** The best result of a leaderboard (ordered as {@code Ranking.bestFirst}). */
    public record Leader(String modelId, String resultId, double value, LocalDate measuredOn) {
    }

    private final EntityManager em;

    public AnnouncementStore(EntityManager em) {
        this.em = em;
    }

    /** The best result on record under one benchmark and conditions key; empty when the board has none. */
    public Optional<Leader> currentLeader(String benchmarkId, String conditions, boolean higherIsBetter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT model_id, id, value, measured_on FROM benchmark_result
                WHERE NOT deleted AND benchmark_id = ?1 AND conditions = ?2
                ORDER BY value %s, measured_on ASC NULLS LAST, id COLLATE "C" LIMIT 1"""
                .formatted(higherIsBetter ? "DESC" : "ASC"))
                .setParameter(1, benchmarkId).setParameter(2, conditions).getResultList();
        return rows.stream().findFirst().map(r -> new Leader((String) r[0], (String) r[1],
                ((Number) r[2]).doubleValue(), date(r[3])));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Number of models with a result on the board. */
    public long models(String benchmarkId, String conditions) {
        return ((Number) em.createNativeQuery("""
                SELECT count(DISTINCT model_id) FROM benchmark_result
                WHERE NOT deleted AND benchmark_id = ?1 AND conditions = ?2""")
                .setParameter(1, benchmarkId).setParameter(2, conditions).getSingleResult()).longValue();
    }

    public Optional<Leader> recordedLeader(String benchmarkId, String conditions) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT model_id, result_id, value FROM board_leader WHERE benchmark_id = ?1 AND conditions = ?2""")
                .setParameter(1, benchmarkId).setParameter(2, conditions).getResultList();
        return rows.stream().findFirst()
                .map(r -> new Leader((String) r[0], (String) r[1], ((Number) r[2]).doubleValue(), null));
    }

    public void recordLeader(String benchmarkId, String conditions, Leader leader) {
        em.createNativeQuery("""
                INSERT INTO board_leader (benchmark_id, conditions, model_id, result_id, value) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (benchmark_id, conditions) DO UPDATE SET model_id = excluded.model_id,
                    result_id = excluded.result_id, value = excluded.value, updated_at = now()""")
                .setParameter(1, benchmarkId).setParameter(2, conditions).setParameter(3, leader.modelId())
                .setParameter(4, leader.resultId()).setParameter(5, leader.value()).executeUpdate();
    }

    public void forgetLeader(String benchmarkId, String conditions) {
        em.createNativeQuery("DELETE FROM board_leader WHERE benchmark_id = ?1 AND conditions = ?2")
                .setParameter(1, benchmarkId).setParameter(2, conditions).executeUpdate();
    }

    /**
     * The conditions keys of a benchmark's boards worth checking: where the given result now is and where it
     * led before (a corrected or deleted result may leave a board); every board of the benchmark when no result
     * is given.
     */
    public Set<String> boards(String benchmarkId, String resultId) {
        String results = resultId == null
                ? "SELECT conditions FROM benchmark_result WHERE NOT deleted AND benchmark_id = ?1"
                : "SELECT conditions FROM benchmark_result WHERE NOT deleted AND benchmark_id = ?1 AND id = ?2";
        String leaders = resultId == null
                ? "SELECT conditions FROM board_leader WHERE benchmark_id = ?1"
                : "SELECT conditions FROM board_leader WHERE benchmark_id = ?1 AND result_id = ?2";
        var query = em.createNativeQuery(results + " UNION " + leaders).setParameter(1, benchmarkId);
        if (resultId != null) {
            query.setParameter(2, resultId);
        }
        @SuppressWarnings("unchecked")
        List<String> rows = query.getResultList();
        return new HashSet<>(rows);
    }

    /** The benchmark a result is on (kept on its tombstone too), if the result was ever seen. */
    public Optional<String> benchmarkOf(String resultId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT benchmark_id FROM benchmark_result WHERE id = ?1 AND benchmark_id <> ''")
                .setParameter(1, resultId).getResultList();
        return rows.stream().findFirst();
    }

    /** The model and benchmark of a live result, whose claims it may now contradict. */
    public Optional<String[]> modelAndBenchmarkOf(String resultId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT model_id, benchmark_id FROM benchmark_result WHERE id = ?1 AND NOT deleted")
                .setParameter(1, resultId).getResultList();
        return rows.stream().findFirst().map(r -> new String[] {(String) r[0], (String) r[1]});
    }

    /**
     * Whether any claim of the article, or about the model on the benchmark, has a result on record to conflict
     * with: a cheap, index-backed look that spares the full claims listing when nothing can conflict.
     */
    public boolean anyClaimWithRecord(String articleId, String modelId, String benchmarkId) {
        String claims = articleId != null ? "c.article_id = ?1" : "c.model_id = ?1 AND c.benchmark_id = ?2";
        var query = em.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM claim c WHERE %s AND c.model_id IS NOT NULL AND c.benchmark_id IS NOT NULL
                    AND EXISTS (SELECT 1 FROM benchmark_result r
                                WHERE NOT r.deleted AND r.model_id = c.model_id AND r.benchmark_id = c.benchmark_id))"""
                .formatted(claims));
        if (articleId != null) {
            query.setParameter(1, articleId);
        } else {
            query.setParameter(1, modelId).setParameter(2, benchmarkId);
        }
        return (Boolean) query.getSingleResult();
    }

    /** Marks claims as announced; returns those that were not announced before. */
    public Set<UUID> markConflictsAnnounced(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> inserted = em.createNativeQuery("""
                INSERT INTO claim_conflict_announced (claim_id) SELECT unnest(CAST(?1 AS uuid[]))
                ON CONFLICT DO NOTHING RETURNING claim_id""")
                .setParameter(1, claimIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        return new HashSet<>(inserted);
    }

    public long nextVersion() {
        return ((Number) em.createNativeQuery("SELECT nextval('announcement_version')").getSingleResult()).longValue();
    }
}
