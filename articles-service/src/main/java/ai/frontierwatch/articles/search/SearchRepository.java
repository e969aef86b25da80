package ai.frontierwatch.articles.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Full-text search and feeds, served by the GIN index on article.search_vector (a query is a tsquery
 * matched with @@, never a scan of the texts) and the feed index for listings.
 */
@ApplicationScoped
public class SearchRepository {

    /** The tsquery of a search: stemmed English words and Chinese bigrams, both folded like the index. */
    static final String QUERY_CTE = """
            WITH query AS (SELECT to_tsquery('english', ?::text) AS tsq)
            """;

    /** A row of a result page. */
    public record Row(UUID id, float score, Instant feedAt) {
    }

    /** A facet value and how many matching articles have it. */
    public record FacetCount(String value, long count) {
    }

    private final AgroalDataSource dataSource;

    public SearchRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The SQL of a ranked search page (public so that a test can EXPLAIN exactly what runs). Ranking reads
     * every candidate's tsvector, so it is bounded: the newest {@code candidates} matches are ranked (found
     * through the GIN index, sorted by date without reading their vectors); a query that matches fewer is
     * ranked in full.
     */
    public static String rankedSql(SearchFilters filters, Cursor after) {
        StringBuilder sql = new StringBuilder(QUERY_CTE).append("""
                SELECT id, score, feed_at FROM (
                    SELECT c.id, ts_rank_cd(c.search_vector, query.tsq, 1)::real AS score, c.feed_at
                    FROM query, (SELECT a.id, a.search_vector, a.feed_at FROM article a, query
                                 WHERE a.search_vector @@ query.tsq""");
        where(sql, filters);
        sql.append(" ORDER BY a.feed_at DESC LIMIT ?) c) hits");
        if (after != null) {
            sql.append(" WHERE (score < ?::real OR (score = ?::real AND id > ?))");
        }
        return sql.append(" ORDER BY score DESC, id ASC LIMIT ?").toString();
    }

    /** Binds the parameters of {@link #rankedSql} in order. */
    public static void bindRanked(PreparedStatement ps, SearchQuery query, SearchFilters filters, Cursor after,
            int candidates, int limit) throws SQLException {
        int i = bindQuery(ps, 1, query);
        i = bindFilters(ps, i, filters);
        ps.setInt(i++, candidates);
        if (after != null) {
            ps.setFloat(i++, after.score());
            ps.setFloat(i++, after.score());
            ps.setObject(i++, after.id());
        }
        ps.setInt(i, limit);
    }

    public List<Row> ranked(SearchQuery query, SearchFilters filters, Cursor after, int candidates, int limit) {
        return run(rankedSql(filters, after), ps -> bindRanked(ps, query, filters, after, candidates, limit));
    }

    public List<Row> feed(SearchFilters filters, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT a.id, 0::real AS score, a.feed_at FROM article a WHERE TRUE");
        where(sql, filters);
        if (after != null) {
            sql.append(" AND (a.feed_at, a.id) < (?, ?)");
        }
        sql.append(" ORDER BY a.feed_at DESC, a.id DESC LIMIT ?");
        return run(sql.toString(), ps -> {
            int i = bindFilters(ps, 1, filters);
            if (after != null) {
                ps.setObject(i++, Instant.EPOCH.plus(after.feedMicros(), java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                ps.setObject(i++, after.id());
            }
            ps.setInt(i, limit);
        });
    }

    /** Counts by category, tag, language and month (UTC) over every match, and the total. */
    public Map<String, List<FacetCount>> facets(SearchQuery query, SearchFilters filters) {
        StringBuilder matched = new StringBuilder();
        if (query != null) {
            matched.append(QUERY_CTE).append(", matched AS MATERIALIZED (SELECT a.category, a.language, a.published_at, a.tags "
                    + "FROM article a, query WHERE a.search_vector @@ query.tsq");
        } else {
            matched.append("WITH matched AS MATERIALIZED (SELECT a.category, a.language, a.published_at, a.tags "
                    + "FROM article a WHERE TRUE");
        }
        where(matched, filters);
        matched.append(")");
        String sql = matched + """
                SELECT 'total', NULL, count(*) FROM matched
                UNION ALL (SELECT 'category', category, count(*) FROM matched GROUP BY category ORDER BY 3 DESC, 2 LIMIT 50)
                UNION ALL (SELECT 'language', language, count(*) FROM matched GROUP BY language ORDER BY 3 DESC, 2)
                UNION ALL (SELECT 'month', to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM'), count(*) FROM matched
                           GROUP BY 2 ORDER BY 2 DESC NULLS LAST LIMIT 120)
                UNION ALL (SELECT 'tag', t, count(*) FROM matched, jsonb_array_elements_text(matched.tags) t
                           GROUP BY t ORDER BY 3 DESC, 2 LIMIT 30)""";
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String facet : List.of("total", "category", "tag", "language", "month")) {
            out.put(facet, new ArrayList<>());
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = query == null ? 1 : bindQuery(ps, 1, query);
            bindFilters(ps, i, filters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.get(rs.getString(1)).add(new FacetCount(rs.getString(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("facet query failed", e);
        }
        return out;
    }

    private static void where(StringBuilder sql, SearchFilters f) {
        if (f.language() != null) {
            sql.append(" AND a.language = ?");
        }
        if (f.category() != null) {
            sql.append(" AND a.category = ?");
        }
        if (f.tag() != null) {
            sql.append(" AND a.tags @> ?::jsonb");
        }
        if (f.source() != null) {
            sql.append(" AND a.source = ?");
        }
        if (f.from() != null) {
            sql.append(" AND a.published_at >= ?");
        }
        if (f.to() != null) {
            sql.append(" AND a.published_at < ?");
        }
    }

    public static int bindQuery(PreparedStatement ps, int i, SearchQuery q) throws SQLException {
        ps.setString(i++, q.tsquery());
        return i;
    }

    public static int bindFilters(PreparedStatement ps, int i, SearchFilters f) throws SQLException {
        if (f.language() != null) {
            ps.setString(i++, f.language());
        }
        if (f.category() != null) {
            ps.setString(i++, f.category());
        }
        if (f.tag() != null) {
            ps.setString(i++, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(f.tag()).toString());
        }
        if (f.source() != null) {
            ps.setString(i++, f.source());
        }
        if (f.from() != null) {
            ps.setObject(i++, f.from().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            ps.setObject(i++, f.to().atOffset(ZoneOffset.UTC));
        }
        return i;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Row> run(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getFloat(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("search query failed", e);
        }
    }
}
