package ai.frontierwatch.insights.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Leaderboards and histories as sent (serialized JSON), each with the revisions it was computed at: the catalogue
 * revision (names, slugs, directions of better) and the benchmark's board revision (bumped with any change of its
 * results). Both are read from the database on every request, before the results, so an answer is used only while
 * nothing it was computed from has changed, whichever instance applied the change. Bounded by the bytes it holds.
 */
@ApplicationScoped
public class BoardCache {

    public enum Kind {
        BOARD, HISTORY
    }

    /** One answer: a benchmark's board or history under the conditions asked for (null: the default) as of a date. */
    public record Key(Kind kind, String benchmarkId, String conditions, LocalDate asOf) {
    }

    /** The catalogue revision and the benchmark's board revision an answer was computed at. */
    public record Stamp(String catalogue, long board) {
    }

    private record Entry(Stamp stamp, byte[] json) {
    }

    /** Bytes counted for an entry's key and bookkeeping besides its JSON. */
    static final int ENTRY_OVERHEAD = 256;

    private final Cache<Key, Entry> entries;

    @Inject
    public BoardCache(BoardCacheConfig config) {
        this(config.maxBytes());
    }

    BoardCache(long maxBytes) {
        entries = maxBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key k, Entry e) -> e.json().length + ENTRY_OVERHEAD)
                .executor(Runnable::run).build();
    }

    /** The answer computed at exactly these revisions; null when there is none. */
    public byte[] get(Key key, Stamp stamp) {
        if (entries == null) {
            return null;
        }
        Entry e = entries.getIfPresent(key);
        return e != null && e.stamp().equals(stamp) ? e.json() : null;
    }

    /** Keeps an answer computed from data read after the revisions in {@code stamp}; replaces any other. */
    public void put(Key key, Stamp stamp, byte[] json) {
        if (entries != null) {
            entries.put(key, new Entry(stamp, json));
        }
    }

    /** Bytes held, as the bound counts them. */
    long weight() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
