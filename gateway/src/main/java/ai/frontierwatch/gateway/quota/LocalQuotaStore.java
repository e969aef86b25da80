package ai.frontierwatch.gateway.quota;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed one-minute windows per caller, in this replica's memory: what a single instance needs, and what every
 * replica falls back to while the shared store is out of reach. A caller learns from Retry-After exactly when its
 * next window opens.
 */
public final class LocalQuotaStore implements QuotaStore {

    private record Window(long minute, AtomicInteger used) {
    }

    private static final int MAX_TRACKED_CALLERS = 100_000;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public LocalQuotaStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Decision acquire(String caller, int perMinute) {
        long nowMillis = clock.millis();
        long minute = nowMillis / 60_000;
        if (windows.size() > MAX_TRACKED_CALLERS) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(caller, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        int used = window.used().incrementAndGet();
        long reset = Math.max(1, ((minute + 1) * 60_000 - nowMillis + 999) / 1000);
        return new Decision(used <= perMinute, Math.max(0, perMinute - used), reset);
    }

    @Override
    public boolean blocking() {
        return false;
    }
}
