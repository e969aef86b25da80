package ai.frontierwatch.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
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

    interface ApiKey {
        /** Hex SHA-256 of the key. */
        String sha256();

        @WithDefault("600")
        int requestsPerMinute();

        /**
         * Subscriptions the partner may hold at once on one gateway instance, over all its connections; one more is
         * refused with RATE_LIMITED until one ends.
         */
        @WithDefault("50")
        int maxSubscriptions();

        /** A revoked key is refused (401) without being deleted, so its use still shows in logs. */
        @WithDefault("false")
        boolean revoked();

        Optional<String> description();
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
