package ai.frontierwatch.insights.repository;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.insights.matching.Catalogue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes and reads this service's projections of other services' data. Every write is conditional on
 * the aggregate version, so a late, older event never replaces a newer state.
 */
@ApplicationScoped
public class ProjectionStore {

    private final EntityManager em;

    public ProjectionStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Excludes every other derivation (catalogue changes and rebuilds): a catalogue change re-derives the articles
     * that name it, so no article may be derived against the catalogue it is replacing.
     */
    public void lockDerivation() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7305)").getSingleResult();
    }

    /**
     * Takes the derivation lock and records the event as processed, in one statement; false when it already was (a
     * redelivery). Shared for an article event: articles derive in parallel with each other but not with a
     * catalogue change, which takes it exclusively ({@link #lockDerivation}); an article's derived rows depend only
     * on its own state (row-locked by its upsert) and the catalogue (stable under this lock). The lock is taken
     * before the row is written and held until the transaction ends.
     */
    public boolean lockAndMarkProcessed(UUID eventId, boolean shared) {
        String sql = "INSERT INTO processed_event (event_id) SELECT ? FROM (SELECT %s(7305)) l ON CONFLICT DO NOTHING"
                .formatted(shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock");
        // Plain JDBC on the transaction's connection: this and the article upsert run for every event.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setObject(1, eventId);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Articles that name one of {@code familyIds} and state a score on {@code benchmarkId}. */
    public List<String> articlesWithFamilyClaims(Collection<String> familyIds, String benchmarkId) {
        if (familyIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                SELECT DISTINCT c.article_id FROM claim c JOIN mention m ON m.article_id = c.article_id
                WHERE c.benchmark_id = ?1 AND m.entity_id = ANY(CAST(?2 AS text[]))""")
                .setParameter(1, benchmarkId).setParameter(2, familyIds.toArray(String[]::new)).getResultList();
        return ids;
    }

    /** Holds derivation back for the rest of the transaction, as a catalogue change does. */
    public void lockCatalogue() {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(7305)) l").getResultList();
    }

    /** Stores the entity's new state; false when a newer version was already there. */
    public boolean upsertCatalogEntity(EventEnvelope event, String kind, String slug, String name, boolean deleted) {
        return em.createNativeQuery("""
                INSERT INTO catalog_entity (id, kind, slug, name, payload, version, deleted, updated_at)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, now())
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, slug = excluded.slug, name = excluded.name,
                    payload = excluded.payload, version = excluded.version, deleted = excluded.deleted, updated_at = now()
                WHERE catalog_entity.version <= excluded.version""")
                .setParameter(1, event.aggregateId()).setParameter(2, kind).setParameter(3, slug)
                .setParameter(4, name).setParameter(5, event.payload().toString())
                .setParameter(6, event.aggregateVersion()).setParameter(7, deleted)
                .executeUpdate() == 1;
    }

    /**
     * Stores the article's new state. Empty when a newer version was already there; else whether the article is
     * new to this service (so it has no derived rows yet) and the catalogue revision, read after the derivation
     * lock was taken (what {@link #catalogueFingerprint} would answer).
     */
    public Optional<StoredArticle> upsertArticle(EventEnvelope event, String title, OffsetDateTime publishedAt,
            String language, String matchText, boolean deleted) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO article_doc (id, title, published_at, language, payload, version, deleted, updated_at,
                                             match_text)
                    VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, now(), ?)
                    ON CONFLICT (id) DO UPDATE SET title = excluded.title, published_at = excluded.published_at,
                        language = excluded.language, payload = excluded.payload, version = excluded.version,
                        deleted = excluded.deleted, updated_at = now(), match_text = excluded.match_text
                    WHERE article_doc.version <= excluded.version
                    RETURNING old.id IS NULL, (SELECT revision FROM catalog_revision WHERE id = 1)""")) {
                upsert.setString(1, event.aggregateId());
                upsert.setString(2, title);
                upsert.setObject(3, publishedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                upsert.setString(4, language);
                upsert.setString(5, event.payload().toString());
                upsert.setLong(6, event.aggregateVersion());
                upsert.setBoolean(7, deleted);
                upsert.setString(8, matchText);
                try (ResultSet rs = upsert.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredArticle(rs.getBoolean(1), Long.toString(rs.getLong(2))))
                            : Optional.<StoredArticle>empty();
                }
            }
        });
    }

    /** An article state just stored: whether the article was new, and the catalogue revision. */
    public record StoredArticle(boolean fresh, String catalogueRevision) {
    }

    /** A catalogue entity as last seen, as {kind, slug, name, payload, version}. */
    public Optional<CatalogEntity> catalogEntity(String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT kind, slug, name, CAST(payload AS text), version FROM catalog_entity WHERE id = ?1 AND NOT deleted")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new CatalogEntity(id, (String) r[0], (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).longValue()));
    }

    public record CatalogEntity(String id, String kind, String slug, String name, String payloadJson, long version) {
    }

    /** Changes whenever a vendor, model or benchmark changes; identifies a catalogue snapshot. */
    public String catalogueFingerprint() {
        // Plain JDBC: read before every derivation and every ranking answer.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT revision FROM catalog_revision WHERE id = 1");
                    ResultSet rs = select.executeQuery()) {
                rs.next();
                return Long.toString(rs.getLong(1));
            }
        });
    }

    /** Marks a vendor, model or benchmark change (in the transaction that makes it). */
    public void bumpCatalogueRevision() {
        em.createNativeQuery("UPDATE catalog_revision SET revision = nextval('catalog_revision_sequence') WHERE id = 1")
                .executeUpdate();
    }

    public Catalogue loadCatalogue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT kind, CAST(payload AS text) FROM catalog_entity
                WHERE kind IN ('MODEL', 'VENDOR', 'BENCHMARK') AND NOT deleted ORDER BY id""").getResultList();
        List<ModelState> models = new ArrayList<>();
        List<VendorState> vendors = new ArrayList<>();
        List<BenchmarkState> benchmarks = new ArrayList<>();
        for (Object[] r : rows) {
            String json = (String) r[1];
            switch ((String) r[0]) {
                case "MODEL" -> models.add(read(json, ModelState.class));
                case "VENDOR" -> vendors.add(read(json, VendorState.class));
                default -> benchmarks.add(read(json, BenchmarkState.class));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> dismissed = em.createNativeQuery("SELECT name_key FROM discovery_dismissal").getResultList();
        return new Catalogue(models, vendors, benchmarks, java.util.Set.copyOf(dismissed));
    }

    /** A live model as last announced (one row: no catalogue is built for it). */
    public Optional<ModelState> model(String id) {
        return live(id, "MODEL").map(json -> read(json, ModelState.class));
    }

    /** A live benchmark as last announced. */
    public Optional<BenchmarkState> benchmark(String id) {
        return live(id, "BENCHMARK").map(json -> read(json, BenchmarkState.class));
    }

    private Optional<String> live(String id, String kind) {
        if (id == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "SELECT CAST(payload AS text) FROM catalog_entity WHERE id = ?1 AND kind = ?2 AND NOT deleted")
                .setParameter(1, id).setParameter(2, kind).getResultList();
        return rows.stream().findFirst();
    }

    /** The current state of a live article. */
    public Optional<ArticleState> article(String id) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "SELECT CAST(payload AS text) FROM article_doc WHERE id = ?1 AND NOT deleted").setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(json -> read(json, ArticleState.class));
    }

    /** Live articles whose folded text contains any of the compact name keys. */
    public List<String> articlesContaining(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String[] patterns = keys.stream()
                .map(k -> "%" + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toArray(String[]::new);
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery(
                "SELECT id FROM article_doc WHERE NOT deleted AND match_text LIKE ANY(?1) ORDER BY id")
                .setParameter(1, patterns).getResultList();
        return ids;
    }

    /** Articles with derived rows referring to {@code entityId}. */
    public List<String> articlesLinkedTo(String entityId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                SELECT article_id FROM mention WHERE entity_id = ?1
                UNION SELECT article_id FROM claim WHERE model_id = ?1 OR benchmark_id = ?1""")
                .setParameter(1, entityId).getResultList();
        return ids;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not a " + type.getSimpleName(), e);
        }
    }

    /** The stored payload of an entity, deleted or not (for the names it had before a change). */
    public Optional<JsonNode> lastPayload(String id) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT CAST(payload AS text) FROM catalog_entity WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(json -> read(json, JsonNode.class));
    }
}
