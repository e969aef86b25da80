package ai.frontierwatch.insights.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** What has been announced: the leader of every leaderboard and the claims announced as conflicting. */
@ApplicationScoped
public class AnnouncementStore {

    /** The best result of a leaderboard (ordered as {@code Ranking.bestFirst}). */
    public record Leader(String modelId, String resultId, double value, LocalDate measuredOn) {
    }

    /** A leaderboard (one benchmark under one conditions key): its best result now and the leader last recorded. */
    public record Board(String conditions, Optional<Leader> current, Optional<Leader> recorded) {
    }

    /**
     * Per board: the best of the models' best results (the first entry of {@code result_best_board} in the
     * benchmark's direction) next to the leader recorded for it.
     */
    private static final String BOARDS = """
            WITH boards AS (%s)
            SELECT b.conditions, cur.model_id, cur.result_id, cur.value, cur.measured_on,
                   bl.model_id, bl.result_id, bl.value
            FROM boards b
            LEFT JOIN LATERAL (SELECT model_id, result_id, value, measured_on FROM result_best
                               WHERE benchmark_id = ?1 AND conditions = b.conditions
                               ORDER BY value %s, measured_on ASC NULLS LAST, result_id COLLATE "C" LIMIT 1) cur ON true
            LEFT JOIN board_leader bl ON bl.benchmark_id = ?1 AND bl.conditions = b.conditions
            ORDER BY b.conditions""";

    private final EntityManager em;

    public AnnouncementStore(EntityManager em) {
        this.em = em;
    }

    /**
     * The boards of a benchmark worth checking, with their current and recorded leaders: the given conditions keys
     * (where a changed result is now and was before) and the boards {@code resultId} led (a corrected or deleted
     * result may leave a board); every board of the benchmark when {@code conditions} is null.
     */
    public List<Board> boards(String benchmarkId, Collection<String> conditions, String resultId,
            boolean higherIsBetter) {
        String boards = conditions == null
                ? "SELECT conditions FROM result_best WHERE benchmark_id = ?1 UNION SELECT conditions FROM board_leader WHERE benchmark_id = ?1"
                : "SELECT unnest(CAST(?2 AS text[])) AS conditions UNION SELECT conditions FROM board_leader WHERE benchmark_id = ?1 AND result_id = ?3";
        var query = em.createNativeQuery(BOARDS.formatted(boards, higherIsBetter ? "DESC" : "ASC"))
                .setParameter(1, benchmarkId);
        if (conditions != null) {
            query.setParameter(2, conditions.toArray(String[]::new)).setParameter(3, resultId == null ? "" : resultId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Board> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Optional<Leader> current = r[1] == null ? Optional.empty()
                    : Optional.of(new Leader((String) r[1], (String) r[2], ((Number) r[3]).doubleValue(), date(r[4])));
            Optional<Leader> recorded = r[5] == null ? Optional.empty()
                    : Optional.of(new Leader((String) r[5], (String) r[6], ((Number) r[7]).doubleValue(), null));
            out.add(new Board((String) r[0], current, recorded));
        }
        return out;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Number of models with a result on the board. */
    public long models(String benchmarkId, String conditions) {
        return ((Number) em.createNativeQuery(
                "SELECT count(*) FROM result_best WHERE benchmark_id = ?1 AND conditions = ?2")
                .setParameter(1, benchmarkId).setParameter(2, conditions).getSingleResult()).longValue();
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

    /** Whether any claim names the model on the benchmark (an index probe before listing their status). */
    public boolean anyClaim(String modelId, String benchmarkId) {
        return (Boolean) em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM claim WHERE model_id = ?1 AND benchmark_id = ?2)")
                .setParameter(1, modelId).setParameter(2, benchmarkId).getSingleResult();
    }

    /**
     * Marks claims as announced, except those an editor rejected; returns those that were not announced before.
     */
    public Set<UUID> markConflictsAnnounced(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO claim_conflict_announced (claim_id)
                    SELECT t.id FROM unnest(?) AS t(id)
                    WHERE NOT EXISTS (SELECT 1 FROM claim_review rv
                                      WHERE rv.claim_id = t.id AND rv.decision NOT IN ('PENDING', 'ACCEPTED'))
                    ON CONFLICT DO NOTHING RETURNING claim_id""")) {
                insert.setArray(1, connection.createArrayOf("uuid", claimIds.toArray()));
                Set<UUID> inserted = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getObject(1, UUID.class));
                    }
                }
                return inserted;
            }
        });
    }

    public long nextVersion() {
        return ((Number) em.createNativeQuery("SELECT nextval('announcement_version')").getSingleResult()).longValue();
    }
}
