package ai.frontierwatch.gateway.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed one-minute windows per caller. Cheap and predictable: a caller learns from Retry-After exactly
 * when its next window opens.
 */
public final class RateLimiter {

    /** The verdict for one request. */
    public record Decision(boolean allowed, int remaining, long retryAfterSeconds) {
    }

    private record Window(long minute, AtomicInteger used) {
    }

    private static final int MAX_TRACKED_CALLERS = 100_000;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    public Decision acquire(String caller, int perMinute) {
        long nowMillis = clock.millis();
        long minute = nowMillis / 60_000;
        if (windows.size() > MAX_TRACKED_CALLERS) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(caller, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        int used = window.used().incrementAndGet();
        if (used <= perMinute) {
            return new Decision(true, perMinute - used, 0);
        }
        long retryAfter = Math.max(1, ((minute + 1) * 60_000 - nowMillis + 999) / 1000);
        return new Decision(false, 0, retryAfter);
    }
}
