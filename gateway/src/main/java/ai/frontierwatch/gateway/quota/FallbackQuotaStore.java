package ai.frontierwatch.gateway.quota;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The shared store, failing open to this replica's own count: while the store is out of reach every caller is still
 * limited, by each replica separately (so by up to replicas × quota in all), rather than everyone being refused or
 * nobody limited. A failure is logged once per outage (and its end once), counted in
 * {@code fw_quota_store_failures_total}, and shown by {@code fw_quota_store_degraded} (1 while counting locally).
 * After a failure the store is left alone for a while ({@code retryAfterFailure}) so that requests do not each wait
 * for a dead store.
 */
public final class FallbackQuotaStore implements QuotaStore {

    private static final Logger LOG = Logger.getLogger(FallbackQuotaStore.class);

    private final QuotaStore shared;
    private final QuotaStore local;
    private final Clock clock;
    private final Duration retryAfterFailure;
    private final Counter failures;
    private final AtomicBoolean degraded = new AtomicBoolean();
    private volatile long pausedUntilMillis;

    public FallbackQuotaStore(QuotaStore shared, QuotaStore local, Clock clock, Duration retryAfterFailure,
            MeterRegistry metrics) {
        this.shared = shared;
        this.local = local;
        this.clock = clock;
        this.retryAfterFailure = retryAfterFailure;
        this.failures = Counter.builder("fw.quota.store.failures")
                .description("Calls to the shared quota store that failed; quotas were counted per replica instead")
                .register(metrics);
        metrics.gauge("fw.quota.store.degraded", degraded, d -> d.get() ? 1 : 0);
    }

    @Override
    public Decision acquire(String caller, int perMinute) {
        if (clock.millis() < pausedUntilMillis) {
            return local.acquire(caller, perMinute);
        }
        try {
            Decision decision = shared.acquire(caller, perMinute);
            if (degraded.compareAndSet(true, false)) {
                LOG.info("The shared quota store answers again: quotas are counted across replicas again");
            }
            return decision;
        } catch (RuntimeException e) {
            failures.increment();
            pausedUntilMillis = clock.millis() + retryAfterFailure.toMillis();
            if (degraded.compareAndSet(false, true)) {
                LOG.errorf("The shared quota store failed (%s): quotas are counted per replica until it answers"
                        + " again, tried every %ds", e.getMessage(), retryAfterFailure.toSeconds());
            }
            return local.acquire(caller, perMinute);
        }
    }

    /** Whether quotas are counted on this replica alone now. */
    public boolean degraded() {
        return degraded.get();
    }

    @Override
    public boolean blocking() {
        return true;
    }
}
