package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.config.GatewayConfig;
import ai.frontierwatch.gateway.error.ErrorCodes;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Admission for /graphql: partners present {@code X-API-Key} and get their own quota; editors (a verified bearer token
 * with the editor role, no key) get theirs, per editor; everyone else is anonymous and limited per address. Unknown or
 * revoked keys are refused rather than downgraded, so a partner notices a broken key at once.
 *
 * <p>A WebSocket connection is admitted like a request (its handshake counts one); the caller it was admitted as is
 * written into the handshake's headers ({@link #CALLER_HEADER}), which the engine hands to every operation of the
 * connection, and {@link WebSocketOperationQuota} counts each operation sent over it against the same quota.
 */
@ApplicationScoped
public class QuotaFilter {

    public static final String API_KEY_HEADER = "X-API-Key";
    /** Set by this filter on a WebSocket handshake only ("perMinute caller"); whatever a client sends is dropped. */
    static final String CALLER_HEADER = "X-FW-Quota-Caller";
    private static final String EDITOR_ROLE = "editor";
    private static final Logger LOG = Logger.getLogger(QuotaFilter.class);

    /** Who is counted, and against how many requests per minute. */
    record Caller(String id, int perMinute) {
    }

    /** The verdict on one operation sent over a WebSocket. */
    public record Refusal(String message, long retryAfterSeconds) {
    }

    private final ApiKeyRegistry keys;
    private final GatewayConfig config;
    private final RateLimiter limiter = new RateLimiter(Clock.systemUTC());

    public QuotaFilter(ApiKeyRegistry keys, GatewayConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** After authentication (priority 200), so that an editor's verified token is known here. */
    void register(@Observes Filters filters) {
        filters.register(this::admit, 100);
    }

    void admit(RoutingContext rc) {
        if (!rc.normalizedPath().startsWith("/graphql") || "OPTIONS".equals(rc.request().method().name())) {
            rc.next();
            return;
        }
        rc.request().headers().remove(CALLER_HEADER);
        String presented = rc.request().getHeader(API_KEY_HEADER);
        Caller caller;
        if (presented != null) {
            Optional<ApiKeyRegistry.Partner> partner = keys.find(presented);
            if (partner.isEmpty() || partner.get().revoked()) {
                LOG.warnf("Refused %s API key from %s", partner.isEmpty() ? "an unknown" : "a revoked",
                        rc.request().remoteAddress());
                refuse(rc, 401, ErrorCodes.UNAUTHENTICATED, "The API key is not valid", 0);
                return;
            }
            caller = new Caller("partner:" + partner.get().name(), partner.get().requestsPerMinute());
        } else {
            caller = editor(rc).orElseGet(() -> new Caller("anonymous:"
                    + (rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress()),
                    config.anonymousRequestsPerMinute()));
        }
        RateLimiter.Decision decision = limiter.acquire(caller.id(), caller.perMinute());
        rc.response().putHeader("RateLimit-Limit", String.valueOf(caller.perMinute()));
        rc.response().putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            refuse(rc, 429, ErrorCodes.RATE_LIMITED, exhausted(caller), decision.retryAfterSeconds());
            return;
        }
        String upgrade = rc.request().getHeader(HttpHeaders.UPGRADE);
        if (upgrade != null && upgrade.equalsIgnoreCase("websocket")) {
            rc.request().headers().set(CALLER_HEADER, caller.perMinute() + " " + caller.id());
        }
        rc.next();
    }

    /**
     * Counts one operation sent over a WebSocket against the quota of the caller its connection was admitted as
     * ({@code httpHeaders}: the handshake's headers, as the engine keeps them); empty when it may run. Operations
     * outside a WebSocket were counted as their HTTP request and are not counted again.
     */
    public Optional<Refusal> admitOperation(Object httpHeaders) {
        String named = header(httpHeaders);
        if (named == null) {
            return Optional.empty();
        }
        int space = named.indexOf(' ');
        Caller caller;
        try {
            caller = new Caller(named.substring(space + 1), Integer.parseInt(named.substring(0, space)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        RateLimiter.Decision decision = limiter.acquire(caller.id(), caller.perMinute());
        return decision.allowed() ? Optional.empty()
                : Optional.of(new Refusal(exhausted(caller), decision.retryAfterSeconds()));
    }

    private Optional<Caller> editor(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous() && identity.hasRole(EDITOR_ROLE)) {
                return Optional.of(new Caller("editor:" + identity.getPrincipal().getName(),
                        config.editorRequestsPerMinute()));
            }
        }
        return Optional.empty();
    }

    private static String exhausted(Caller caller) {
        return "Quota of " + caller.perMinute() + " requests per minute used up";
    }

    private static String header(Object httpHeaders) {
        if (httpHeaders instanceof Map<?, ?> headers) {
            for (Map.Entry<?, ?> header : headers.entrySet()) {
                if (CALLER_HEADER.equalsIgnoreCase(String.valueOf(header.getKey()))
                        && header.getValue() instanceof List<?> values && !values.isEmpty()) {
                    return String.valueOf(values.get(0));
                }
            }
        }
        return null;
    }

    private static void refuse(RoutingContext rc, int status, String code, String message, long retryAfter) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        if (retryAfter > 0) {
            rc.response().putHeader("Retry-After", String.valueOf(retryAfter));
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/graphql-response+json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
