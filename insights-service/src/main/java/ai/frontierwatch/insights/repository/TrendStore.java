package ai.frontierwatch.insights.repository;

import ai.frontierwatch.insights.domain.CoMentions;
import ai.frontierwatch.insights.domain.Trend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregations over mentions by publication date. */
@ApplicationScoped
public class TrendStore {

    private final EntityManager em;

    public TrendStore(EntityManager em) {
        this.em = em;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Per entity, articles and mentions per day or week in [from, to] (dates in UTC). */
    public Map<String, List<Trend.Point>> series(Collection<String> entityIds, String interval, LocalDate from,
            LocalDate to) {
        Map<String, List<Trend.Point>> out = new LinkedHashMap<>();
        entityIds.forEach(id -> out.put(id, new ArrayList<>()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT entity_id, CAST(date_trunc(?2, published_at AT TIME ZONE 'UTC') AS date) AS period,
                       count(*), sum(mention_count)
                FROM mention WHERE entity_id = ANY(?1) AND published_at >= ?3 AND published_at < ?4
                GROUP BY entity_id, period ORDER BY entity_id, period""")
                .setParameter(1, entityIds.toArray(String[]::new)).setParameter(2, interval)
                .setParameter(3, startOf(from)).setParameter(4, startOf(to.plusDays(1))).getResultList();
        for (Object[] r : rows) {
            out.get((String) r[0]).add(new Trend.Point(Rows.date(r[1]), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()));
        }
        return out;
    }

    /** Per model: articles naming it in [currentFrom, end) and in [previousFrom, currentFrom). */
    public record WindowCount(String modelId, long current, long previous) {
    }

    public List<WindowCount> windows(LocalDate previousFrom, LocalDate currentFrom, LocalDate endExclusive) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT entity_id, count(*) FILTER (WHERE published_at >= ?2), count(*) FILTER (WHERE published_at < ?2)
                FROM mention WHERE entity_kind = 'MODEL' AND published_at >= ?1 AND published_at < ?3
                GROUP BY entity_id""")
                .setParameter(1, startOf(previousFrom)).setParameter(2, startOf(currentFrom))
                .setParameter(3, startOf(endExclusive)).getResultList();
        List<WindowCount> counts = new ArrayList<>();
        for (Object[] r : rows) {
            counts.add(new WindowCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return counts;
    }

    public Map<String, List<CoMentions.Partner>> coMentions(Collection<String> modelIds, int limit) {
        Map<String, List<CoMentions.Partner>> out = new LinkedHashMap<>();
        modelIds.forEach(id -> out.put(id, new ArrayList<>()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT model_id, other_id, articles FROM (
                    SELECT a.entity_id AS model_id, b.entity_id AS other_id, count(*) AS articles,
                           row_number() OVER (PARTITION BY a.entity_id ORDER BY count(*) DESC, b.entity_id) AS rn
                    FROM mention a JOIN mention b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
                                                  AND b.entity_kind = 'MODEL'
                    WHERE a.entity_id = ANY(?1) GROUP BY a.entity_id, b.entity_id) ranked
                WHERE rn <= ?2 ORDER BY model_id, rn""")
                .setParameter(1, modelIds.toArray(String[]::new)).setParameter(2, limit).getResultList();
        for (Object[] r : rows) {
            out.get((String) r[0]).add(new CoMentions.Partner((String) r[1], ((Number) r[2]).longValue()));
        }
        return out;
    }
}
