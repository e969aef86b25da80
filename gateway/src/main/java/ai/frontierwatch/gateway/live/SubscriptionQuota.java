package ai.frontierwatch.gateway.live;

import ai.frontierwatch.gateway.config.GatewayConfig;
import ai.frontierwatch.gateway.security.ApiKeyRegistry;
import ai.frontierwatch.gateway.security.QuotaFilter;
import ai.frontierwatch.gateway.security.RequestOrigin;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Subscriptions held at once per caller on this instance, against a cap: per partner key
 * ({@code fw.gateway.api-keys.<partner>.max-subscriptions}), per client address for anonymous callers
 * ({@code fw.gateway.live.max-subscriptions-per-address}). {@link SubscriptionGate} takes a place as a subscription
 * starts and gives it back when the subscription completes, fails or is cancelled (by the client, or by the engine
 * when the connection closes).
 *
 * <p>The caller is known on the WebSocket handshake only. A filter names it there (as {@link QuotaFilter} does: the
 * partner of a valid key, else the client address) in a request header; the engine hands the handshake's headers to
 * every operation of the connection.
 *
 * <p>The count stays on each replica: a subscription lives on one replica's connection and ends with it, so its
 * place is held where it lives. A caller spread over several replicas may hold up to the cap on each; the request
 * quota ({@link QuotaFilter}), which every subscription's handshake and operation also counts against, is shared.
 */
@ApplicationScoped
public class SubscriptionQuota {

    /** Set by this filter on the handshake only; whatever a client sends under this name is dropped. */
    static final String CALLER_HEADER = "X-FW-Subscription-Caller";
    /** The engine's key for the handshake's headers in an operation's GraphQL context. */
    static final String HTTP_HEADERS = "httpHeaders";
    private static final String PARTNER = "key:";
    private static final String ANONYMOUS = "address:";
    /**
     * Just before QuotaFilter (100): the engine takes WebSocket handshakes right after it (route order -99). A
     * handshake that QuotaFilter refuses never reaches the engine, so naming it first is harmless.
     */
    private static final int FILTER_PRIORITY = 101;

    private final ApiKeyRegistry keys;
    private final GatewayConfig gateway;
    private final LiveConfig live;
    private final RequestOrigin origin;
    /** Callers with at least one subscription; a caller whose last one ends is removed. */
    private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

    public SubscriptionQuota(ApiKeyRegistry keys, GatewayConfig gateway, LiveConfig live, RequestOrigin origin) {
        this.keys = keys;
        this.gateway = gateway;
        this.live = live;
        this.origin = origin;
    }

    /** One subscription's place, given back once. */
    static final class Place {
        private final SubscriptionQuota quota;
        private final String caller;
        private final AtomicBoolean released = new AtomicBoolean();

        private Place(SubscriptionQuota quota, String caller) {
            this.quota = quota;
            this.caller = caller;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                quota.held.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
            }
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::nameCaller, FILTER_PRIORITY);
    }

    void nameCaller(RoutingContext rc) {
        if (rc.normalizedPath().startsWith("/graphql")) {
            rc.request().headers().remove(CALLER_HEADER);
            String upgrade = rc.request().getHeader(HttpHeaders.UPGRADE);
            if (upgrade != null && upgrade.equalsIgnoreCase("websocket")) {
                rc.request().headers().set(CALLER_HEADER, caller(rc));
            }
        }
        rc.next();
    }

    private String caller(RoutingContext rc) {
        String presented = rc.request().getHeader(QuotaFilter.API_KEY_HEADER);
        Optional<ApiKeyRegistry.Partner> partner = presented == null ? Optional.empty() : keys.find(presented);
        if (partner.isPresent()) {
            return PARTNER + partner.get().name();
        }
        return ANONYMOUS + origin.clientAddress(rc.request());
    }

    /** The caller named on the connection's handshake, or null outside a WebSocket (nothing streams there). */
    static String caller(Object httpHeaders) {
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

    /** The caller's cap. */
    int cap(String caller) {
        if (caller.startsWith(PARTNER)) {
            GatewayConfig.ApiKey key = gateway.apiKeys().get(caller.substring(PARTNER.length()));
            if (key != null) {
                return key.maxSubscriptions();
            }
        }
        return live.maxSubscriptionsPerAddress();
    }

    /** What a refused caller is told it is limited by. */
    static String counted(String caller) {
        return caller.startsWith(PARTNER) ? "API key" : "client address";
    }

    /** A place for one more subscription of the caller, or empty when it holds its cap already. */
    Optional<Place> take(String caller) {
        int cap = cap(caller);
        AtomicBoolean taken = new AtomicBoolean();
        held.compute(caller, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= cap) {
                return n;
            }
            taken.set(true);
            return now + 1;
        });
        return taken.get() ? Optional.of(new Place(this, caller)) : Optional.empty();
    }

    /** Subscriptions the caller holds now. */
    int held(String caller) {
        return held.getOrDefault(caller, 0);
    }
}
