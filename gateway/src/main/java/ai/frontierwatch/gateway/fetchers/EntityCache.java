package ai.frontierwatch.gateway.fetchers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Values by key (catalogue entities, a model's results, articles) for a short time, dropped as soon as their service
 * announces a change.
 *
 * <p>An answer read from the service is kept only if no change of any entity was announced while it was being read,
 * so an answer older than the change it raced with is never kept. Without announcements (no broker), nothing is
 * older than {@code ttl}. Not-found ids are not kept.
 */
final class EntityCache<T> {

    private record Entry<T>(T value, long expiresAt) {
    }

    /** Reads entities by id from their service; ids that do not exist are absent from the answer. */
    @FunctionalInterface
    interface Loader<T, E extends Exception> {
        Map<String, T> load(Collection<String> ids) throws E;
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    /** Bumped by every eviction: loads that saw an older value do not store. */
    private final AtomicLong changes = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    /** Which loaded values are kept (others are answered, not stored). */
    private final Predicate<T> keep;

    EntityCache(Duration ttl, int maxEntries, LongSupplier clock) {
        this(ttl, maxEntries, clock, value -> true);
    }

    EntityCache(Duration ttl, int maxEntries, LongSupplier clock, Predicate<T> keep) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.keep = keep;
    }

    /** The entities of {@code ids} that exist: kept ones, and the rest through one call of {@code load}. */
    <E extends Exception> Map<String, T> getAll(Collection<String> ids, Loader<T, E> load) throws E {
        if (ttlNanos <= 0) {
            return load.load(ids);
        }
        long now = clock.getAsLong();
        Map<String, T> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Entry<T> entry = entries.get(id);
            if (entry != null && entry.expiresAt() - now > 0) {
                found.put(id, entry.value());
            } else {
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
            if (entries.size() + loaded.size() > maxEntries) {
                entries.clear();
            }
            long expiresAt = clock.getAsLong() + ttlNanos;
            loaded.forEach((id, value) -> {
                if (keep.test(value)) {
                    entries.put(id, new Entry<>(value, expiresAt));
                }
            });
            if (changes.get() != seen) {
                // a change was announced while storing: drop what may predate it
                loaded.keySet().forEach(entries::remove);
            }
        }
        return found;
    }

    void evict(String id) {
        changes.incrementAndGet();
        entries.remove(id);
    }

    void clear() {
        changes.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
