package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.outbox.Outbox;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.EntityDeleted;
import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.CatalogEntity;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.domain.NameMatcher;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.mapping.CatalogMapper;
import ai.frontierwatch.models.repository.NameIndexRepository;
import ai.frontierwatch.models.repository.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one place vendors, models and benchmarks are written: keeps the name index in step and publishes the
 * full state through the outbox in the caller's transaction, only when something really changed.
 */
@ApplicationScoped
public class CatalogWriter {

    private final EntityManager em;
    private final Outbox outbox;
    private final NameIndexRepository names;
    private final VendorRepository vendors;

    public CatalogWriter(EntityManager em, Outbox outbox, NameIndexRepository names, VendorRepository vendors) {
        this.em = em;
        this.outbox = outbox;
        this.names = names;
        this.vendors = vendors;
    }

    /** Stores a new entity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends CatalogEntity> E create(E entity) {
        if (entity.id == null) {
            entity.id = UUID.randomUUID();
        }
        entity.createdAt = Instant.now();
        entity.updatedAt = entity.createdAt;
        em.persist(entity);
        em.flush();
        reindexAndPublish(entity);
        return entity;
    }

    /**
     * Finishes an update of a managed entity whose content before the change was {@code before}
     * (its {@link CatalogEntity#contentSnapshot()}); publishes only when the content differs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome update(CatalogEntity entity, List<Object> before) {
        if (before.equals(entity.contentSnapshot())) {
            return Outcome.UNCHANGED;
        }
        entity.updatedAt = Instant.now();
        em.flush();
        reindexAndPublish(entity);
        return Outcome.UPDATED;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(CatalogEntity entity) {
        // the current state went out as version + 1, so the deletion must come after it
        long version = entity.version + 2;
        names.remove(entity.kind(), entity.id);
        em.remove(entity);
        em.flush();
        EventType type = switch (entity.kind()) {
            case VENDOR -> EventType.VENDOR_DELETED;
            case MODEL -> EventType.MODEL_DELETED;
            case BENCHMARK -> EventType.BENCHMARK_DELETED;
        };
        outbox.publish(type, entity.id.toString(), version, new EntityDeleted(entity.id.toString(), entity.slug));
    }

    private void reindexAndPublish(CatalogEntity entity) {
        names.replace(entity.kind(), entity.id, NameMatcher.entriesFor(entity.kind(), entity.id, entity.slug,
                entity.name, entity.aliases, entity.family()));
        String id = entity.id.toString();
        long version = entity.version + 1;
        switch (entity) {
            case Vendor v -> outbox.publish(EventType.VENDOR_UPSERTED, id, version, CatalogMapper.state(v));
            case Model m -> outbox.publish(EventType.MODEL_UPSERTED, id, version,
                    CatalogMapper.state(m, vendorSlug(m.vendorId)));
            case Benchmark b -> outbox.publish(EventType.BENCHMARK_UPSERTED, id, version, CatalogMapper.state(b));
            default -> throw new IllegalArgumentException("not a catalogue entity: " + entity);
        }
    }

    /** The slug of a vendor, null when none. */
    public String vendorSlug(UUID vendorId) {
        return vendorId == null ? null : vendors.findByIdOptional(vendorId).map(v -> v.slug).orElse(null);
    }
}
