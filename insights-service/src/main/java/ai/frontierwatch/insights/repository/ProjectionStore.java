package ai.frontierwatch.insights.repository;

import ai.frontierwatch.contracts.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    /** Records the event as processed; false when it already was (a redelivery). */
    public boolean markProcessed(UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).executeUpdate() == 1;
    }

    public void upsertCatalogEntity(EventEnvelope event, String kind, String slug, String name, boolean deleted) {
        em.createNativeQuery("""
                INSERT INTO catalog_entity (id, kind, slug, name, payload, version, deleted, updated_at)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, now())
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, slug = excluded.slug, name = excluded.name,
                    payload = excluded.payload, version = excluded.version, deleted = excluded.deleted, updated_at = now()
                WHERE catalog_entity.version <= excluded.version""")
                .setParameter(1, event.aggregateId()).setParameter(2, kind).setParameter(3, slug)
                .setParameter(4, name).setParameter(5, event.payload().toString())
                .setParameter(6, event.aggregateVersion()).setParameter(7, deleted)
                .executeUpdate();
    }

    public void upsertArticle(EventEnvelope event, String title, java.time.OffsetDateTime publishedAt, String language,
            boolean deleted) {
        em.createNativeQuery("""
                INSERT INTO article_doc (id, title, published_at, language, payload, version, deleted, updated_at)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, now())
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, published_at = excluded.published_at,
                    language = excluded.language, payload = excluded.payload, version = excluded.version,
                    deleted = excluded.deleted, updated_at = now()
                WHERE article_doc.version <= excluded.version""")
                .setParameter(1, event.aggregateId()).setParameter(2, title).setParameter(3, publishedAt)
                .setParameter(4, language).setParameter(5, event.payload().toString())
                .setParameter(6, event.aggregateVersion()).setParameter(7, deleted)
                .executeUpdate();
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
}
