package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.NameEntry;
import ai.frontierwatch.models.domain.NameEntry.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/** The folded-name index: one row per surface form (slug, name, alias, family) of each entity. */
@ApplicationScoped
public class NameIndexRepository {

    private final EntityManager em;
    private final NameIndexCache cache;

    public NameIndexRepository(EntityManager em, NameIndexCache cache) {
        this.em = em;
        this.cache = cache;
    }

    /** Replaces the index rows of one entity. */
    public void replace(EntityKind kind, UUID entityId, List<NameEntry> entries) {
        cache.invalidate();
        em.createNativeQuery("DELETE FROM name_key WHERE kind = ?1 AND entity_id = ?2")
                .setParameter(1, kind.name()).setParameter(2, entityId).executeUpdate();
        List<NameEntry> rows = entries.stream().filter(e -> !e.key().isEmpty()).distinct().toList();
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO name_key (kind, entity_id, key, surface, origin) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            int p = i * 5;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5).append(")");
        }
        sql.append(" ON CONFLICT DO NOTHING");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            NameEntry e = rows.get(i);
            int p = i * 5;
            query.setParameter(p + 1, e.kind().name()).setParameter(p + 2, e.entityId()).setParameter(p + 3, e.key())
                    .setParameter(p + 4, e.surface()).setParameter(p + 5, e.origin().name());
        }
        query.executeUpdate();
    }

    public void remove(EntityKind kind, UUID entityId) {
        cache.invalidate();
        em.createNativeQuery("DELETE FROM name_key WHERE kind = ?1 AND entity_id = ?2")
                .setParameter(1, kind.name()).setParameter(2, entityId).executeUpdate();
    }

    /** Every index row whose key is one of these, optionally of one kind only; known keys come from the cache. */
    public List<NameEntry> findByKeys(Collection<String> keys, EntityKind kind) {
        List<NameEntry> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            List<NameEntry> cached = cache.get(key);
            if (cached == null) {
                missing.add(key);
            } else {
                found.addAll(cached);
            }
        }
        if (!missing.isEmpty()) {
            long loadedAt = System.nanoTime();
            long generation = cache.generation();
            Map<String, List<NameEntry>> loaded = new HashMap<>();
            missing.forEach(k -> loaded.put(k, new ArrayList<>()));
            for (NameEntry e : load(missing)) {
                loaded.get(e.key()).add(e);
            }
            loaded.forEach((k, entries) -> {
                cache.put(k, entries, loadedAt, generation);
                found.addAll(entries);
            });
        }
        return kind == null ? found : found.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The slug and name of each entity that exists; known ones come from the cache. */
    public Map<UUID, EntityLabel> labels(Map<EntityKind, ? extends Collection<UUID>> ids) {
        Map<UUID, EntityLabel> found = new HashMap<>();
        ids.forEach((kind, wanted) -> {
            List<UUID> missing = new ArrayList<>();
            for (UUID id : wanted) {
                EntityLabel cached = cache.label(id);
                if (cached == null) {
                    missing.add(id);
                } else {
                    found.put(id, cached);
                }
            }
            if (!missing.isEmpty()) {
                long loadedAt = System.nanoTime();
                long generation = cache.generation();
                for (Object[] r : loadLabels(kind, missing)) {
                    EntityLabel label = new EntityLabel((String) r[1], (String) r[2]);
                    cache.putLabel((UUID) r[0], label, loadedAt, generation);
                    found.put((UUID) r[0], label);
                }
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> loadLabels(EntityKind kind, Collection<UUID> ids) {
        String table = switch (kind) {
            case VENDOR -> "vendor";
            case MODEL -> "model";
            case BENCHMARK -> "benchmark";
        };
        return em.createNativeQuery("SELECT id, slug, name FROM " + table + " WHERE id IN (?1)")
                .setParameter(1, ids).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<NameEntry> load(Collection<String> keys) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT kind, entity_id, key, surface, origin FROM name_key WHERE key IN (?1)")
                .setParameter(1, keys).getResultList();
        List<NameEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            entries.add(new NameEntry(EntityKind.valueOf((String) r[0]), (UUID) r[1], (String) r[2], (String) r[3],
                    Origin.valueOf((String) r[4])));
        }
        return entries;
    }
}
