package ai.frontierwatch.insights.repository;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.insights.claims.ExtractedClaim;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.domain.Mention;
import ai.frontierwatch.insights.domain.Claim;
import ai.frontierwatch.insights.domain.ClaimStatus;
import ai.frontierwatch.insights.domain.ReviewState;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Mentions and claims derived from articles: replaced per article, read in batches. */
@ApplicationScoped
public class DerivedStore {

    private final EntityManager em;

    public DerivedStore(EntityManager em) {
        this.em = em;
    }

    /** Stable claim id: the same article and place always give the same id. */
    public static UUID claimId(String articleId, String locator) {
        return UUID.nameUUIDFromBytes((articleId + "|" + locator).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces the article's mentions and claims: one delete (none for an article new to this service: nothing was
     * derived from it yet) and one batched insert each (a round trip apiece).
     */
    public void replace(String articleId, OffsetDateTime publishedAt, List<Mention> mentions, List<ExtractedClaim> claims,
            boolean fresh) {
        if (!fresh) {
            clear(articleId);
        }
        if (mentions.isEmpty() && claims.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            insertMentions(connection, articleId, publishedAt, mentions);
            insertClaims(connection, articleId, publishedAt, claims);
        });
    }

    private static void insertMentions(Connection connection, String articleId, OffsetDateTime publishedAt,
            List<Mention> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO mention (article_id, entity_kind, entity_id, mention_count, positions, published_at)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)""")) {
            for (Mention m : mentions) {
                insert.setString(1, articleId);
                insert.setString(2, m.kind().name());
                insert.setString(3, m.entityId());
                insert.setInt(4, m.count());
                insert.setString(5, Rows.toJson(m.positions()));
                insert.setObject(6, publishedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** In extraction order: a place stated twice keeps its first claim. */
    private static void insertClaims(Connection connection, String articleId, OffsetDateTime publishedAt,
            List<ExtractedClaim> claims) throws SQLException {
        if (claims.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO claim (id, article_id, locator, origin, model_id, model_name, benchmark_id, benchmark_name,
                    value, decimals, unit, conditions, quote, quote_start, quote_end, table_index, row_index,
                    column_index, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""")) {
            for (ExtractedClaim c : claims) {
                insert.setObject(1, claimId(articleId, c.locator()));
                insert.setString(2, articleId);
                insert.setString(3, c.locator());
                insert.setString(4, c.origin().name());
                insert.setString(5, c.modelId());
                insert.setString(6, c.modelName());
                insert.setString(7, c.benchmarkId());
                insert.setString(8, c.benchmarkName());
                insert.setDouble(9, c.value());
                insert.setInt(10, c.decimals());
                insert.setString(11, c.unit());
                insert.setString(12, c.conditions());
                insert.setString(13, c.quote());
                insert.setInt(14, c.quoteStart());
                insert.setInt(15, c.quoteEnd());
                insert.setObject(16, c.tableIndex(), Types.INTEGER);
                insert.setObject(17, c.rowIndex(), Types.INTEGER);
                insert.setObject(18, c.columnIndex(), Types.INTEGER);
                insert.setObject(19, publishedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void clear(String articleId) {
        em.createNativeQuery("""
                WITH mentions AS (DELETE FROM mention WHERE article_id = ?1)
                DELETE FROM claim WHERE article_id = ?1""").setParameter(1, articleId).executeUpdate();
    }

    /**
     * Mentions per article, in request order; articles without mentions map to an empty list. Plain JDBC, positions
     * read with Jackson's streaming parser: clients poll this with many ids while articles arrive.
     */
    public Map<String, List<Mention>> mentionsOf(Collection<String> articleIds) {
        Map<String, List<Mention>> out = new LinkedHashMap<>();
        articleIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (articleIds.isEmpty()) {
            return out;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT article_id, entity_kind, entity_id, mention_count, CAST(positions AS text) FROM mention
                    WHERE article_id = ANY(?) ORDER BY article_id, mention_count DESC, entity_id""")) {
                select.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.get(rs.getString(1)).add(new Mention(EntityKind.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getInt(4), positions(rs.getString(5))));
                    }
                }
            }
        });
        return out;
    }

    private static List<Mention.Position> positions(String json) {
        try {
            return EventCodec.mapper().readValue(json, POSITIONS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored mention positions are malformed", e);
        }
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<Mention.Position>> POSITIONS =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    /** An article naming an entity, newest first. */
    public record ArticleRef(String entityId, String articleId, String title, String url, String source,
            OffsetDateTime publishedAt, int mentions) {
    }

    public Map<String, List<ArticleRef>> latestArticles(Collection<String> entityIds, int limit) {
        Map<String, List<ArticleRef>> out = new LinkedHashMap<>();
        entityIds.forEach(id -> out.put(id, new ArrayList<>()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT entity_id, article_id, title, url, source, published_at, mention_count FROM (
                    SELECT m.entity_id, m.article_id, a.title, a.payload->>'url' AS url, a.payload->>'source' AS source,
                           m.published_at, m.mention_count,
                           row_number() OVER (PARTITION BY m.entity_id
                                              ORDER BY m.published_at DESC NULLS LAST, m.article_id) AS rn
                    FROM mention m JOIN article_doc a ON a.id = m.article_id
                    WHERE m.entity_id = ANY(?1)) ranked
                WHERE rn <= ?2 ORDER BY entity_id, rn""")
                .setParameter(1, entityIds.toArray(String[]::new)).setParameter(2, limit).getResultList();
        for (Object[] r : rows) {
            out.get((String) r[0]).add(new ArticleRef((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], Rows.timestamp(r[5]), ((Number) r[6]).intValue()));
        }
        return out;
    }

    /** Claims matching the filter, newest article first, with the total count. */
    public record ClaimPage(List<Claim> items, long total) {
    }

    /*
     * Status is computed here, against the results on record now: a claim is always checked against the current
     * record. A claim without conditions is shown with results under any conditions (the article did not say) and
     * corroborates any of them; it conflicts only with a result recorded under exactly its conditions.
     * "Within rounding": half a unit of the last digit the article wrote. (ClaimVerdict applies the same rule to
     * claims still in memory.) Only the filters given become conditions, so that each is served by its index
     * (claim_article, claim_model_benchmark, claim_benchmark, the primary key) and the plan is reused.
     */
    private static final String CLAIMS = """
            SELECT * FROM (
              SELECT x.*, CASE WHEN x.model_id IS NULL OR x.benchmark_id IS NULL THEN 'UNRESOLVED'
                               WHEN x.recorded IS NULL THEN 'NEW'
                               WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(x.recorded) e
                                            WHERE abs(CAST(e->>'value' AS float8) - x.value)
                                                  <= 0.5 * power(10, -x.decimals) + 1e-9) THEN 'CORROBORATES'
                               WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(x.recorded) e
                                            WHERE e->>'conditions' = x.conditions) THEN 'CONFLICTS'
                               ELSE 'NEW' END AS status
              FROM (
                SELECT c.id, c.article_id, c.origin, c.model_id, c.model_name, c.benchmark_id, c.benchmark_name,
                       c.value, c.decimals, c.unit, c.conditions, c.quote, c.quote_start, c.quote_end, c.table_index,
                       c.row_index, c.column_index, c.published_at, c.locator,
                       coalesce(rv.decision, 'PENDING') AS decision, rv.note, rv.recorded_result_id, rv.decided_at,
                       (SELECT jsonb_agg(jsonb_build_object('resultId', r.id, 'value', r.value, 'conditions', r.conditions)
                                         ORDER BY r.id)
                        FROM benchmark_result r
                        WHERE NOT r.deleted AND r.model_id = c.model_id AND r.benchmark_id = c.benchmark_id
                          AND (c.conditions = '' OR r.conditions = c.conditions)) AS recorded
                FROM claim c LEFT JOIN claim_review rv ON rv.claim_id = c.id
                WHERE %s) x) y
            WHERE %s""";

    private static final String ORDER = " ORDER BY published_at DESC NULLS LAST, article_id, table_index NULLS LAST,"
            + " row_index, column_index, quote_start, locator";

    /** The listing's SQL for a filter, with its parameters in order (positional, from ?1). */
    private record ClaimQuery(String sql, List<Object> parameters) {
    }

    private static ClaimQuery claimQuery(ClaimFilter filter) {
        List<Object> parameters = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        condition(inner, parameters, "c.article_id = ANY(?%d)", filter.articleIds().toArray(String[]::new));
        condition(inner, parameters, "c.model_id = ANY(?%d)", filter.modelIds().toArray(String[]::new));
        condition(inner, parameters, "c.benchmark_id = ANY(?%d)", filter.benchmarkIds().toArray(String[]::new));
        condition(inner, parameters, "c.id = ANY(CAST(?%d AS uuid[]))",
                filter.claimIds().stream().map(UUID::toString).toArray(String[]::new));
        condition(outer, parameters, "y.status = ANY(?%d)", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        condition(outer, parameters, "y.decision = ANY(?%d)", filter.reviews().stream().map(Enum::name).toArray(String[]::new));
        return new ClaimQuery(CLAIMS.formatted(inner.isEmpty() ? "true" : String.join(" AND ", inner),
                outer.isEmpty() ? "true" : String.join(" AND ", outer)), parameters);
    }

    private static void condition(List<String> conditions, List<Object> parameters, String sql, String[] values) {
        if (values.length > 0) {
            parameters.add(values);
            conditions.add(sql.formatted(parameters.size()));
        }
    }

    public ClaimPage claims(ClaimFilter filter, int limit, int offset) {
        ClaimQuery query = claimQuery(filter);
        var count = em.createNativeQuery("SELECT count(*) FROM (" + query.sql() + ") z");
        for (int i = 0; i < query.parameters().size(); i++) {
            count.setParameter(i + 1, query.parameters().get(i));
        }
        return new ClaimPage(claimItems(query, limit, offset), ((Number) count.getSingleResult()).longValue());
    }

    /** Claims matching the filter, newest article first, without the total. */
    public List<Claim> claimItems(ClaimFilter filter, int limit, int offset) {
        return claimItems(claimQuery(filter), limit, offset);
    }

    private List<Claim> claimItems(ClaimQuery query, int limit, int offset) {
        int n = query.parameters().size();
        var select = em.createNativeQuery(query.sql() + ORDER + " LIMIT ?%d OFFSET ?%d".formatted(n + 1, n + 2));
        for (int i = 0; i < n; i++) {
            select.setParameter(i + 1, query.parameters().get(i));
        }
        select.setParameter(n + 1, limit).setParameter(n + 2, offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<Claim> items = new ArrayList<>();
        for (Object[] r : rows) {
            List<Claim.Recorded> recorded = new ArrayList<>();
            JsonNode json = Rows.json(r[23]);
            if (json != null) {
                json.forEach(e -> recorded.add(new Claim.Recorded(e.get("resultId").asText(), e.get("value").asDouble(),
                        e.get("conditions").asText())));
            }
            boolean table = r[14] != null;
            items.add(new Claim((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], ((Number) r[7]).doubleValue(), (String) r[9], (String) r[10], (String) r[11],
                    table ? null : Rows.integer(r[12]), table ? null : Rows.integer(r[13]),
                    table ? new Claim.TableCell(Rows.integer(r[14]), Rows.integer(r[15]), Rows.integer(r[16])) : null,
                    Rows.timestamp(r[17]), ClaimStatus.valueOf((String) r[24]), recorded,
                    new Claim.Review(ReviewState.valueOf((String) r[19]), (String) r[20], (String) r[21],
                            Rows.timestamp(r[22]))));
        }
        return items;
    }

    /** What to list claims by; empty collections do not filter. */
    public record ClaimFilter(Collection<String> articleIds, Collection<String> modelIds,
            Collection<String> benchmarkIds, Collection<UUID> claimIds, Collection<ClaimStatus> statuses,
            Collection<ReviewState> reviews) {
    }
}
