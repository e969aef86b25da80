package ai.frontierwatch.articles.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Articles as a page of results shows them, read by id in one statement. A page needs no body, tables or
 * links, and loading whole entities for twenty hits cost more than ranking a thousand candidates.
 */
@ApplicationScoped
public class ListingRepository {

    /**
     * An article in a result page. {@code url}: the canonical URL, else the one given; {@code text}: the
     * start of the plain text, for a snippet (null when it was not asked for).
     */
    public record Listing(UUID id, String title, String url, String source, String author, OffsetDateTime publishedAt,
            String language, String category, List<String> tags, String summary, String text) {
    }

    private static final String SQL = "SELECT a.id, a.title, coalesce(a.canonical_url, a.url), a.source, a.author, "
            + "a.published_at, a.published_offset_seconds, a.language, a.category, "
            + "a.tags::text, a.summary, "
            + "CASE WHEN ? OR a.summary IS NULL THEN left(a.plain_text, ?) END FROM article a WHERE a.id = ANY (?)";

    private final AgroalDataSource dataSource;

    public ListingRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The articles of these ids that exist, by id, each with the first {@code textChars} characters of its
     * plain text: always when {@code withText}, else only for an article without summary.
     */
    public Map<UUID, Listing> byIds(Collection<UUID> ids, boolean withText, int textChars) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setBoolean(1, withText);
            ps.setInt(2, textChars);
            ps.setArray(3, c.createArrayOf("uuid", ids.toArray()));
            Map<UUID, Listing> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime published = rs.getObject(6, OffsetDateTime.class);
                    int offset = rs.getInt(7);
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(id, new Listing(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            published == null ? null : published.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(offset)),
                            rs.getString(8), rs.getString(9),
                            StoredTags.parse(rs.getString(10)),
                            rs.getString(11), rs.getString(12)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("listing query failed", e);
        }
    }
}
