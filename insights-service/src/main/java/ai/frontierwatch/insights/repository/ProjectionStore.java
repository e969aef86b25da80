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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
     * Lets articles derive in parallel with each other but not with a catalogue change: an article's derived rows
     * depend only on its own state (row-locked by its upsert) and the catalogue (stable under this lock).
     */
    public void lockDerivationShared() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(7305)").getSingleResult();
    }

    /** Records the event as processed; false when it already was (a redelivery). */
    public boolean markProcessed(UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).executeUpdate() == 1;
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

    /** Stores the article's new state; false when a newer version was already there. */
    public boolean upsertArticle(EventEnvelope event, String title, OffsetDateTime publishedAt, String language,
            String matchText, boolean deleted) {
        return em.createNativeQuery("""
                INSERT INTO article_doc (id, title, published_at, language, payload, version, deleted, updated_at, match_text)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, now(), ?8)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, published_at = excluded.published_at,
                    language = excluded.language, payload = excluded.payload, version = excluded.version,
                    deleted = excluded.deleted, updated_at = now(), match_text = excluded.match_text
                WHERE article_doc.version <= excluded.version""")
                .setParameter(1, event.aggregateId()).setParameter(2, title).setParameter(3, publishedAt)
                .setParameter(4, language).setParameter(5, event.payload().toString())
                .setParameter(6, event.aggregateVersion()).setParameter(7, deleted).setParameter(8, matchText)
                .executeUpdate() == 1;
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

    /** Ids of the live entities of {@code kind} whose id or slug is in {@code idsOrSlugs}, in request order. */
    public List<String> resolveIds(String kind, Collection<String> idsOrSlugs) {
        if (idsOrSlugs.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, slug FROM catalog_entity WHERE kind = ?1 AND NOT deleted AND (id = ANY(?2) OR slug = ANY(?2))")
                .setParameter(1, kind).setParameter(2, idsOrSlugs.toArray(String[]::new)).getResultList();
        List<String> out = new ArrayList<>();
        for (String key : idsOrSlugs) {
            rows.stream().filter(r -> key.equals(r[0]) || key.equals(r[1])).map(r -> (String) r[0]).findFirst()
                    .filter(id -> !out.contains(id)).ifPresentOrElse(out::add, () -> {
                        if (!out.contains(key)) {
                            out.add(key); // unknown to the catalogue: kept, answers are simply empty for it
                        }
                    });
        }
        return out;
    }

    /** Changes whenever a vendor, model or benchmark changes; identifies a catalogue snapshot. */
    public String catalogueFingerprint() {
        return em.createNativeQuery("SELECT revision FROM catalog_revision WHERE id = 1").getSingleResult().toString();
    }

    /** Marks a vendor, model or benchmark change (in the transaction that makes it). */
    public void bumpCatalogueRevision() {
        em.createNativeQuery("UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
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
        return new Catalogue(models, vendors, benchmarks);
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
