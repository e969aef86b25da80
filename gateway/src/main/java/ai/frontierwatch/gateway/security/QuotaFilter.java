package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.config.GatewayConfig;
import ai.frontierwatch.gateway.error.ErrorCodes;
import ai.frontierwatch.gateway.quota.Decision;
import ai.frontierwatch.gateway.quota.QuotaStore;
import ai.frontierwatch.gateway.quota.RateLimitHeaders;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Admission for /graphql: partners present {@code X-API-Key} and get their own quota; editors (a verified bearer token
 * with the editor role, no key) get theirs, per editor; everyone else is anonymous and limited per address. Unknown or
 * revoked keys are refused rather than downgraded, so a partner notices a broken key at once.
 *
 * <p>A WebSocket connection is admitted like a request (its handshake counts one); the caller it was admitted as is
 * written into the handshake's headers ({@link #CALLER_HEADER}), which the engine hands to every operation of the
 * connection, and {@link WebSocketOperationQuota} counts each operation sent over it against the same quota.
 *
 * <p>Anonymous callers are counted by their client address as the trusted proxies report it ({@link RequestOrigin}).
 * Counting happens in the {@link QuotaStore}; a store that may block is called off the event loop.
 */
@ApplicationScoped
public class QuotaFilter {

    public static final String API_KEY_HEADER = "X-API-Key";
    /** Set by this filter on a WebSocket handshake only ("perMinute caller"); whatever a client sends is dropped. */
    static final String CALLER_HEADER = "X-FW-Quota-Caller";
    private static final String EDITOR_ROLE = "editor";
    private static final Logger LOG = Logger.getLogger(QuotaFilter.class);
    /**
     * How long an operation over a WebSocket, decided on an event loop, waits for a store that may block; past it the
     * operation runs (fail open, as for a failing store) and is still counted once the store answers.
     */
    private static final long OPERATION_WAIT_MILLIS = 500;

    /** Who is counted, and against how many requests per minute; {@code kind} names the policy in the headers. */
    record Caller(String kind, String id, int perMinute) {
    }

    /** The routing-context key of the admitted caller's kind: "partner", "editor" or "anonymous". */
    public static final String CALLER_KIND = "fw.caller.kind";

    /** The verdict on one operation sent over a WebSocket. */
    public record Refusal(String message, long retryAfterSeconds) {
    }

    private final ApiKeyRegistry keys;
    private final GatewayConfig config;
    private final QuotaStore quotas;
    private final RequestOrigin origin;
    private final ManagedExecutor workers;

    public QuotaFilter(ApiKeyRegistry keys, GatewayConfig config, QuotaStore quotas, RequestOrigin origin,
            ManagedExecutor workers) {
        this.keys = keys;
        this.config = config;
        this.quotas = quotas;
        this.origin = origin;
        this.workers = workers;
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
                LOG.warnf("Refused %s from %s", partner.map(p -> "the revoked key '" + p.key() + "' of partner "
                        + p.name()).orElse("an unknown API key"), origin.clientAddress(rc.request()));
                refuse(rc, 401, ErrorCodes.UNAUTHENTICATED, "The API key is not valid");
                return;
            }
            caller = new Caller("partner", "partner:" + partner.get().name(), partner.get().requestsPerMinute());
        } else {
            caller = editor(rc).orElseGet(() -> new Caller("anonymous",
                    "anonymous:" + origin.clientAddress(rc.request()), config.anonymousRequestsPerMinute()));
        }
        if (!quotas.blocking()) {
            answer(rc, caller, quotas.acquire(caller.id(), caller.perMinute()));
            return;
        }
        rc.vertx().executeBlocking(() -> quotas.acquire(caller.id(), caller.perMinute()), false)
                .onComplete(decided -> {
                    if (decided.succeeded()) {
                        answer(rc, caller, decided.result());
                    } else {
                        rc.fail(decided.cause());
                    }
                });
    }

    private void answer(RoutingContext rc, Caller caller, Decision decision) {
        if (rc.response().closed() || rc.response().ended()) {
            return; // the client left while the store was asked
        }
        RateLimitHeaders.write(rc.response(), caller.kind(), caller.perMinute(), decision);
        rc.put(CALLER_KIND, caller.kind());
        if (!decision.allowed()) {
            refuse(rc, 429, ErrorCodes.RATE_LIMITED, exhausted(caller));
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
            caller = new Caller("", named.substring(space + 1), Integer.parseInt(named.substring(0, space)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Optional<Decision> decision = quotas.blocking() && Context.isOnEventLoopThread()
                ? acquireWithin(caller, OPERATION_WAIT_MILLIS)
                : Optional.of(quotas.acquire(caller.id(), caller.perMinute()));
        return decision.filter(d -> !d.allowed())
                .map(d -> new Refusal(exhausted(caller), d.retryAfterSeconds()));
    }

    /** The store's verdict if it comes within the wait, so that an event loop is never held longer. */
    private Optional<Decision> acquireWithin(Caller caller, long millis) {
        CompletableFuture<Decision> decided = workers.supplyAsync(() -> quotas.acquire(caller.id(), caller.perMinute()));
        try {
            return Optional.of(decided.get(millis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.debugf("Quota store slower than %d ms: the operation of %s runs, counted once the store answers", millis,
                    caller.id());
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<Caller> editor(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous() && identity.hasRole(EDITOR_ROLE)) {
                return Optional.of(new Caller("editor", "editor:" + identity.getPrincipal().getName(),
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

    private static void refuse(RoutingContext rc, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/graphql-response+json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
