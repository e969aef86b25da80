package ai.frontierwatch.gateway.quota;

import io.vertx.core.http.HttpServerResponse;

/**
 * The quota on every answer, as the IETF draft "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers)
 * writes it: {@code RateLimit-Policy: "partner";q=600;w=60} (the quota of {@code q} requests per window of {@code w}
 * seconds) and {@code RateLimit: "partner";r=598;t=41} ({@code r} requests left, {@code t} seconds until the quota is
 * whole again). A refused request also gets {@code Retry-After}.
 */
public final class RateLimitHeaders {

    public static final String POLICY = "RateLimit-Policy";
    public static final String LIMIT = "RateLimit";
    public static final String RETRY_AFTER = "Retry-After";
    private static final int WINDOW_SECONDS = 60;

    private RateLimitHeaders() {
    }

    /** The policy's value for a quota per minute; {@code name} is one of the callers' kinds (a token). */
    public static String policy(String name, int perMinute) {
        return "\"" + name + "\";q=" + perMinute + ";w=" + WINDOW_SECONDS;
    }

    public static String limit(String name, Decision decision) {
        return "\"" + name + "\";r=" + decision.remaining() + ";t=" + decision.resetSeconds();
    }

    public static void write(HttpServerResponse response, String name, int perMinute, Decision decision) {
        response.putHeader(POLICY, policy(name, perMinute));
        response.putHeader(LIMIT, limit(name, decision));
        if (!decision.allowed()) {
            response.putHeader(RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        }
    }
}
