package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.NameEntry;
import ai.frontierwatch.models.domain.NameEntry.Origin;
import ai.frontierwatch.models.domain.NameKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The folded-name index: one row per surface form (slug, name, alias, family) of each entity; a model's rows also
 * hold the identity key of the surface form ({@link NameKeys#modelKey}) and the version of the rules it was
 * computed under.
 */
@ApplicationScoped
public class NameIndexRepository {

    /** Columns of a name_key row. */
    private static final int COLUMNS = 7;
    /** Cache keys of identity-key words start with this; folded keys never hold it. */
    private static final String MODEL_KEY_PREFIX = "@";

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
        StringBuilder sql = new StringBuilder(
                "INSERT INTO name_key (kind, entity_id, key, surface, origin, model_key, model_key_rules) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            int p = i * COLUMNS;
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= COLUMNS; c++) {
                sql.append(c == 1 ? "" : ", ").append(c == 6 ? "NULLIF(?" + (p + c) + ", '')" : "?" + (p + c));
            }
            sql.append(")");
        }
        sql.append(" ON CONFLICT DO NOTHING");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            NameEntry e = rows.get(i);
            int p = i * COLUMNS;
            query.setParameter(p + 1, e.kind().name()).setParameter(p + 2, e.entityId()).setParameter(p + 3, e.key())
                    .setParameter(p + 4, e.surface()).setParameter(p + 5, e.origin().name())
                    .setParameter(p + 6, Objects.requireNonNullElse(e.modelKey(), ""))
                    .setParameter(p + 7, NameKeys.MODEL_KEY_RULES);
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
        List<NameEntry> found = cached(keys, NameEntry::key, missing -> load("key IN (?1)", missing));
        return kind == null ? found : found.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * Every model row whose identity key has these words ({@link NameKeys#modelKeyWords}), whatever its date; known
     * ones come from the cache.
     */
    public List<NameEntry> findByModelKeyWords(Collection<String> words) {
        List<String> cacheKeys = words.stream().map(w -> MODEL_KEY_PREFIX + w).toList();
        return cached(cacheKeys, e -> MODEL_KEY_PREFIX + NameKeys.modelKeyWords(e.modelKey()),
                missing -> load("kind = 'MODEL' AND model_key IS NOT NULL AND split_part(model_key, '@', 1) IN (?1)",
                        missing.stream().map(k -> k.substring(MODEL_KEY_PREFIX.length())).toList()));
    }

    /** The entries under each cache key: cached ones, the others loaded at once and cached (empty ones too). */
    private List<NameEntry> cached(Collection<String> keys, Function<NameEntry, String> cacheKeyOf,
            Function<List<String>, List<NameEntry>> loader) {
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
            for (NameEntry e : loader.apply(missing)) {
                loaded.get(cacheKeyOf.apply(e)).add(e);
            }
            loaded.forEach((k, entries) -> {
                cache.put(k, entries, loadedAt, generation);
                found.addAll(entries);
            });
        }
        return found;
    }

    /**
     * Surface forms of models whose identity key is missing or was computed under older rules than
     * {@link NameKeys#MODEL_KEY_RULES}, at most {@code limit}.
     */
    @SuppressWarnings("unchecked")
    public List<String> surfacesWithStaleModelKey(int limit) {
        return em.createNativeQuery("SELECT DISTINCT surface FROM name_key WHERE kind = 'MODEL' AND "
                        + "(model_key_rules IS NULL OR model_key_rules < ?1) ORDER BY surface LIMIT ?2")
                .setParameter(1, NameKeys.MODEL_KEY_RULES).setParameter(2, limit).getResultList();
    }

    /** Stores the identity key of each surface form (null: it has none) on the stale model rows of that form. */
    public int storeModelKeys(Map<String, String> modelKeyBySurface) {
        if (modelKeyBySurface.isEmpty()) {
            return 0;
        }
        cache.invalidate();
        StringBuilder sql = new StringBuilder("UPDATE name_key n SET model_key = v.model_key, model_key_rules = ?1 "
                + "FROM (VALUES ");
        List<Map.Entry<String, String>> rows = List.copyOf(modelKeyBySurface.entrySet());
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 2).append(", NULLIF(?").append(2 * i + 3)
                    .append(", ''))");
        }
        sql.append(") AS v (surface, model_key) WHERE n.kind = 'MODEL' AND n.surface = v.surface "
                + "AND (n.model_key_rules IS NULL OR n.model_key_rules < ?1)");
        var query = em.createNativeQuery(sql.toString()).setParameter(1, NameKeys.MODEL_KEY_RULES);
        for (int i = 0; i < rows.size(); i++) {
            query.setParameter(2 * i + 2, rows.get(i).getKey())
                    .setParameter(2 * i + 3, Objects.requireNonNullElse(rows.get(i).getValue(), ""));
        }
        return query.executeUpdate();
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
    private List<NameEntry> load(String where, Collection<String> values) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT kind, entity_id, key, surface, origin, model_key FROM name_key WHERE " + where)
                .setParameter(1, values).getResultList();
        List<NameEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            entries.add(new NameEntry(EntityKind.valueOf((String) r[0]), (UUID) r[1], (String) r[2], (String) r[3],
                    Origin.valueOf((String) r[4]), (String) r[5]));
        }
        return entries;
    }
}
