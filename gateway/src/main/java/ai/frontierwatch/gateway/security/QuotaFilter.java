package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.config.GatewayConfig;
import ai.frontierwatch.gateway.error.ErrorCodes;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Admission for /graphql: partners present {@code X-API-Key} and get their own quota; everyone else is
 * anonymous and limited per address. Unknown or revoked keys are refused rather than downgraded, so a
 * partner notices a broken key at once.
 */
@ApplicationScoped
public class QuotaFilter {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(QuotaFilter.class);

    private final ApiKeyRegistry keys;
    private final GatewayConfig config;
    private final RateLimiter limiter = new RateLimiter(Clock.systemUTC());

    public QuotaFilter(ApiKeyRegistry keys, GatewayConfig config) {
        this.keys = keys;
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, 100);
    }

    void admit(RoutingContext rc) {
        if (!rc.normalizedPath().startsWith("/graphql") || "OPTIONS".equals(rc.request().method().name())) {
            rc.next();
            return;
        }
        String presented = rc.request().getHeader(API_KEY_HEADER);
        String caller;
        int perMinute;
        if (presented != null) {
            Optional<ApiKeyRegistry.Partner> partner = keys.find(presented);
            if (partner.isEmpty() || partner.get().revoked()) {
                LOG.warnf("Refused %s API key from %s", partner.isEmpty() ? "an unknown" : "a revoked",
                        rc.request().remoteAddress());
                refuse(rc, 401, ErrorCodes.UNAUTHENTICATED, "The API key is not valid", 0);
                return;
            }
            caller = "partner:" + partner.get().name();
            perMinute = partner.get().requestsPerMinute();
        } else {
            caller = "anonymous:" + (rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress());
            perMinute = config.anonymousRequestsPerMinute();
        }
        RateLimiter.Decision decision = limiter.acquire(caller, perMinute);
        rc.response().putHeader("RateLimit-Limit", String.valueOf(perMinute));
        rc.response().putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            refuse(rc, 429, ErrorCodes.RATE_LIMITED, "Quota of " + perMinute + " requests per minute used up",
                    decision.retryAfterSeconds());
            return;
        }
        rc.next();
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
