package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.NameEntry;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Folded key -> index entries and entity id -> label, so that resolving a known name costs no database
 * round trip. Cleared when
 * this instance changes the index (at once and again after the commit, so a reader between the two cannot
 * keep the old entries); entries also expire, so changes made by other replicas show within the TTL.
 * Expiry and the size bound are Caffeine's; the TTL counts from when the load started, not from when it was stored.
 */
@ApplicationScoped
public class NameIndexCache {

    static final Duration TTL = Duration.ofSeconds(30);
    static final int MAX_KEYS = 200_000;

    private record Cached(List<NameEntry> entries, long loadedAt) {
    }

    private record CachedLabel(EntityLabel label, long loadedAt) {
    }

    private final Cache<String, Cached> byKey = Caffeine.newBuilder().maximumSize(MAX_KEYS)
            .expireAfter(Expiry.<String, Cached>writing((key, c) -> remaining(c.loadedAt()))).build();
    /** Entity id -> slug and name; both are indexed surface forms, so changing either invalidates too. */
    private final Cache<UUID, CachedLabel> labels = Caffeine.newBuilder().maximumSize(MAX_KEYS)
            .expireAfter(Expiry.<UUID, CachedLabel>writing((id, c) -> remaining(c.loadedAt()))).build();
    /** Bumped by every invalidation: a load that started before one must not be cached after it. */
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;

    public NameIndexCache(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** What is left of the TTL of a value loaded at {@code loadedAt} ({@link System#nanoTime()}, Caffeine's clock). */
    private static Duration remaining(long loadedAt) {
        Duration left = TTL.minusNanos(System.nanoTime() - loadedAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The cached entries of a key, or null when unknown or expired. */
    List<NameEntry> get(String key) {
        Cached c = byKey.getIfPresent(key);
        return c == null ? null : c.entries();
    }

    /** The cached label of an entity, or null when unknown or expired. */
    EntityLabel label(UUID id) {
        CachedLabel c = labels.getIfPresent(id);
        return c == null ? null : c.label();
    }

    /** Caches a label read at {@code loadedAt} in {@code loadedGeneration}, unless stale since. */
    void putLabel(UUID id, EntityLabel label, long loadedAt, long loadedGeneration) {
        labels.put(id, new CachedLabel(label, loadedAt));
        if (generation.get() != loadedGeneration) {
            labels.invalidate(id);
        }
    }

    long generation() {
        return generation.get();
    }

    /** Caches what a load started at {@code loadedAt} in {@code loadedGeneration} found, unless stale since. */
    void put(String key, List<NameEntry> entries, long loadedAt, long loadedGeneration) {
        byKey.put(key, new Cached(List.copyOf(entries), loadedAt));
        if (generation.get() != loadedGeneration) {
            byKey.invalidate(key);
        }
    }

    /** Called by every change of the index, inside the changing transaction. */
    void invalidate() {
        clear();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(NameIndexCache.class) != null) {
            return;
        }
        transactions.putResource(NameIndexCache.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                clear();
            }
        });
    }

    private void clear() {
        generation.incrementAndGet();
        byKey.invalidateAll();
        labels.invalidateAll();
    }
}
