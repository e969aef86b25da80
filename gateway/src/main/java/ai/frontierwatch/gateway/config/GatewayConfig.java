package ai.frontierwatch.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who may call the gateway, and how often. */
@ConfigMapping(prefix = "fw.gateway")
public interface GatewayConfig {

    /** Requests per minute for callers without an API key, per client address. */
    @WithDefault("120")
    int anonymousRequestsPerMinute();

    /**
     * Requests per minute for each editor (a caller whose bearer token carries the editor role and who sends no API
     * key), counted per editor: bulk ingestion by an editor does not share the anonymous quota of its address.
     */
    @WithDefault("600")
    int editorRequestsPerMinute();

    /**
     * Partner API keys by partner name. Only the SHA-256 of a key is configured (hex), never the key: a
     * leaked configuration does not leak keys.
     */
    Map<String, ApiKey> apiKeys();

    /**
     * One partner. Its keys are {@code sha256} (the single-key form) and every entry of {@code keys}; each is accepted
     * until revoked, so a new key can be handed out and the old one revoked once the partner has switched.
     */
    interface ApiKey {
        /** Hex SHA-256 of the partner's key (the single-key form; rotation names its keys under {@link #keys()}). */
        Optional<String> sha256();

        /** Further keys by a name of the partner's choosing (e.g. {@code 2026-06}), each revocable on its own. */
        Map<String, KeyHash> keys();

        @WithDefault("600")
        int requestsPerMinute();

        /**
         * Subscriptions the partner may hold at once on one gateway instance, over all its connections; one more is
         * refused with RATE_LIMITED until one ends.
         */
        @WithDefault("50")
        int maxSubscriptions();

        /**
         * Refuses every key of the partner (401) without deleting them, so their use still shows in logs; one key
         * alone is revoked with {@code keys.<name>.revoked}.
         */
        @WithDefault("false")
        boolean revoked();

        Optional<String> description();
    }

    /** One of a partner's keys. */
    interface KeyHash {
        /** Hex SHA-256 of the key. */
        String sha256();

        /** A revoked key is refused (401), the partner's other keys still work. */
        @WithDefault("false")
        boolean revoked();
    }

    /** Who a request comes from, behind the ingress. */
    ClientAddressConfig clientAddress();

    interface ClientAddressConfig {
        /**
         * Address ranges (CIDR, comma-separated) of the proxies in front of the gateway, e.g. the ingress controller's
         * pods. A forwarded header is read only when the TCP peer is in one of them, and only as far back as the hops
         * stay in them. Unset: no proxy is trusted and the peer is the client.
         */
        Optional<List<String>> trustedProxies();

        /** The header the trusted proxies write; the other one is ignored, since a client may have sent it. */
        @WithDefault("x-forwarded-for")
        ForwardedHeader forwardedHeader();
    }

    /** {@code X-Forwarded-For} (what ingress-nginx writes) or RFC 7239's {@code Forwarded}. */
    enum ForwardedHeader {
        X_FORWARDED_FOR, FORWARDED
    }

    /** The store partner and anonymous quotas are counted in. */
    QuotaStoreConfig quotaStore();

    interface QuotaStoreConfig {
        /**
         * After the shared store fails, quotas are counted on this replica alone for this long before the store is
         * tried again, so that an outage costs one failed call per period rather than one per request.
         */
        @WithDefault("10s")
        Duration retryAfterFailure();

        /** How often expired buckets (callers idle for a while) are deleted from the shared store. */
        @WithDefault("5m")
        Duration cleanupInterval();
    }

    /** Catalogue entities (vendors, models, benchmarks) kept by id between requests. */
    CatalogCache catalogCache();

    interface CatalogCache {
        /**
         * How long an entity is kept at most. A change announced on the catalogue topic drops it at once, so this
         * bounds staleness only while the broker is out of reach. 0 turns the cache off.
         */
        @WithDefault("30s")
        Duration ttl();

        /** At most this many entities are kept; beyond it the least useful ones are evicted. */
        @WithDefault("50000")
        int maxEntries();
    }

    /** Articles kept by id between requests. */
    ArticleCache articleCache();

    interface ArticleCache {
        /**
         * How long an article is kept at most. Its update or deletion announced on the articles topic drops it at once,
         * so this bounds staleness only while the broker is out of reach. 0 turns the cache off.
         */
        @WithDefault("30s")
        Duration ttl();

        /** At most this many articles are kept; beyond it the least useful ones are evicted. */
        @WithDefault("1000")
        int maxEntries();

        /** Articles longer than this (body and summary, in characters) are not kept: it bounds the memory the cache takes. */
        @WithDefault("32768")
        int maxChars();
    }
}
