package ai.frontierwatch.insights.repository;

import ai.frontierwatch.insights.domain.DiscoveredModel;
import ai.frontierwatch.insights.matching.Catalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Discovered models and families, read from the mentions that name them (they exist while articles name them),
 * and the names editors dismissed.
 */
@ApplicationScoped
public class DiscoveryStore {

    private static final int EVIDENCE = 3;

    /** One row of the queue: an id and how many articles name it. */
    public record Ranked(String id, int articleCount) {
    }

    private final EntityManager em;

    public DiscoveryStore(EntityManager em) {
        this.em = em;
    }

    /** A page of the queue, most named first; {@code after} is the last row of the previous page or null. */
    public List<Ranked> page(DiscoveredModel.Kind kind, Ranked after, int limit) {
        String prefixes = kind == null ? "entity_id LIKE 'discovered:%' OR entity_id LIKE 'family:%'"
                : "entity_id LIKE '" + Catalogue.provisionalPrefix(kind) + "%'";
        String keyset = after == null ? "" : " HAVING count(*) < ? OR (count(*) = ? AND entity_id > ?)";
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT entity_id, count(*) FROM mention WHERE ("
                    + prefixes + ") GROUP BY entity_id" + keyset + " ORDER BY count(*) DESC, entity_id LIMIT ?")) {
                int p = 1;
                if (after != null) {
                    select.setLong(p++, after.articleCount());
                    select.setLong(p++, after.articleCount());
                    select.setString(p++, after.id());
                }
                select.setInt(p, limit);
                List<Ranked> out = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Ranked(rs.getString(1), rs.getInt(2)));
                    }
                }
                return out;
            }
        });
    }

    /** The discovered models and families among {@code ids}, in request order; unknown ids are left out. */
    public List<DiscoveredModel> find(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Builder> found = new LinkedHashMap<>();
            ids.forEach(id -> found.put(id, null));
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT entity_id, count(*), sum(mention_count), min(published_at), max(published_at)
                    FROM mention WHERE entity_id = ANY(?) GROUP BY entity_id""")) {
                select.setArray(1, array(connection, ids));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new Builder(rs.getString(1), rs.getInt(2), rs.getInt(3),
                                time(rs, 4), time(rs, 5)));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT m.entity_id, p->>'surface', count(*) FROM mention m, jsonb_array_elements(m.positions) p
                    WHERE m.entity_id = ANY(?) GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2""")) {
                select.setArray(1, array(connection, ids));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.get(rs.getString(1)).surfaces.add(rs.getString(2));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT entity_id, article_id, p->>'field', (p->>'start')::int, (p->>'end')::int, p->>'surface'
                    FROM (SELECT m.entity_id, m.article_id, p, row_number() OVER (PARTITION BY m.entity_id
                              ORDER BY m.published_at DESC NULLS LAST, m.article_id, (p->>'start')::int) AS n
                          FROM mention m, jsonb_array_elements(m.positions) p WHERE m.entity_id = ANY(?)) ranked
                    WHERE n <= ? ORDER BY entity_id, n""")) {
                select.setArray(1, array(connection, ids));
                select.setInt(2, EVIDENCE);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.get(rs.getString(1)).evidence.add(new DiscoveredModel.Evidence(rs.getString(2),
                                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6)));
                    }
                }
            }
            return found.values().stream().filter(b -> b != null).map(Builder::build).toList();
        });
    }

    /** Records a dismissal; false when the name was dismissed already. */
    public boolean dismiss(String nameKey) {
        return em.createNativeQuery("INSERT INTO discovery_dismissal (name_key) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, nameKey).executeUpdate() == 1;
    }

    private static java.sql.Array array(Connection connection, Collection<String> ids) throws SQLException {
        return connection.createArrayOf("text", ids.toArray());
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static final class Builder {
        final String id;
        final int articles;
        final int mentions;
        final OffsetDateTime first;
        final OffsetDateTime last;
        final List<String> surfaces = new ArrayList<>();
        final List<DiscoveredModel.Evidence> evidence = new ArrayList<>();

        Builder(String id, int articles, int mentions, OffsetDateTime first, OffsetDateTime last) {
            this.id = id;
            this.articles = articles;
            this.mentions = mentions;
            this.first = first;
            this.last = last;
        }

        DiscoveredModel build() {
            return new DiscoveredModel(id, Catalogue.provisionalKind(id), Catalogue.displayName(surfaces.get(0)),
                    List.copyOf(surfaces), articles, mentions, first, last, List.copyOf(evidence));
        }
    }
}
