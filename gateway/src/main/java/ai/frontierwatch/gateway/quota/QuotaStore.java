package ai.frontierwatch.gateway.quota;

/** Where callers' requests are counted, per caller and per minute. */
public interface QuotaStore {

    /** Counts one request of the caller against a quota of {@code perMinute}. */
    Decision acquire(String caller, int perMinute);

    /** Whether {@link #acquire} may block on I/O (and so must not run on an event loop). */
    boolean blocking();
}
