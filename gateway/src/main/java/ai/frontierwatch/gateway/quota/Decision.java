package ai.frontierwatch.gateway.quota;

/**
 * The verdict on one request against a quota.
 *
 * @param remaining    requests left in the current window after this one
 * @param resetSeconds seconds until the window's quota is whole again (at least 1)
 */
public record Decision(boolean allowed, long remaining, long resetSeconds) {

    /** When a refused caller may try again; 0 when allowed. */
    public long retryAfterSeconds() {
        return allowed ? 0 : resetSeconds;
    }
}
