package ai.frontierwatch.gateway.fetchers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Values by key (catalogue entities, a model's results, articles) for a short time, dropped as soon as their service
 * announces a change.
 *
 * <p>An answer read from the service is kept only if no change of any entity was announced while it was being read,
 * so an answer older than the change it raced with is never kept. Without announcements (no broker), nothing is
 * older than {@code ttl}. Not-found ids are not kept. A full cache evicts by Caffeine's size policy.
 */
final class EntityCache<T> {

    /** Reads entities by id from their service; ids that do not exist are absent from the answer. */
    @FunctionalInterface
    interface Loader<T, E extends Exception> {
        Map<String, T> load(Collection<String> ids) throws E;
    }

    /** Null when {@code ttl} is not positive: then every read goes to the service. */
    private final Cache<String, T> entries;
    /** Bumped by every eviction: loads that saw an older value do not store. */
    private final AtomicLong changes = new AtomicLong();
    /** Which loaded values are kept (others are answered, not stored). */
    private final Predicate<T> keep;

    EntityCache(Duration ttl, int maxEntries, LongSupplier clock) {
        this(ttl, maxEntries, clock, value -> true);
    }

    EntityCache(Duration ttl, int maxEntries, LongSupplier clock, Predicate<T> keep) {
        this.entries = ttl.isPositive()
                ? Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).ticker(clock::getAsLong).build()
                : null;
        this.keep = keep;
    }

    /** The entities of {@code ids} that exist: kept ones, and the rest through one call of {@code load}. */
    <E extends Exception> Map<String, T> getAll(Collection<String> ids, Loader<T, E> load) throws E {
        if (entries == null) {
            return load.load(ids);
        }
        Map<String, T> found = new HashMap<>(entries.getAllPresent(ids));
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long seen = changes.get();
        Map<String, T> loaded = load.load(missing);
        found.putAll(loaded);
        if (changes.get() == seen) {
            loaded.forEach((id, value) -> {
                if (keep.test(value)) {
                    entries.put(id, value);
                }
            });
            if (changes.get() != seen) {
                // a change was announced while storing: drop what may predate it
                entries.invalidateAll(loaded.keySet());
            }
        }
        return found;
    }

    void evict(String id) {
        changes.incrementAndGet();
        if (entries != null) {
            entries.invalidate(id);
        }
    }

    void clear() {
        changes.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    int size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp(); // evictions are applied lazily; settle them so the count is exact
        return Math.toIntExact(entries.estimatedSize());
    }
}
