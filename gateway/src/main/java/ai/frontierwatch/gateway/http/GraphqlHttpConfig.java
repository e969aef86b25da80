package ai.frontierwatch.gateway.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How one GraphQL request over HTTP is bounded, which documents run, and how long answers may be cached. */
@ConfigMapping(prefix = "fw.graphql")
public interface GraphqlHttpConfig {

    /**
     * The longest a whole operation may take, however many downstream calls it makes; past it the client gets
     * a TIMEOUT error instead of waiting.
     */
    @WithDefault("10s")
    Duration operationTimeout();

    /** The largest request body read; a larger one is refused with 413 and REQUEST_TOO_LARGE. */
    @WithDefault("64K")
    MemorySize maxBody();

    /** Documents named by their SHA-256 instead of sent in full. */
    PersistedQueries persistedQueries();

    interface PersistedQueries {
        /**
         * Runs only the operations of the manifest: any other document is refused with PERSISTED_QUERY_NOT_ALLOWED,
         * and automatic persisted queries register nothing. For production, where every client is known.
         */
        @WithDefault("false")
        boolean allowListOnly();

        /** The committed manifest (a classpath resource): the allow-list, and documents known by hash from the start. */
        @WithDefault("persisted-operations.json")
        String manifest();

        /**
         * Documents registered by clients (automatic persisted queries) kept per replica; beyond it the least useful
         * are evicted, and a client whose hash was evicted just sends the document again.
         */
        @WithDefault("2000")
        int maxEntries();

        /** A longer document still runs, but is not registered: it bounds the registry's memory with maxEntries. */
        @WithDefault("16K")
        MemorySize maxDocumentSize();
    }

    /** Answers shared caches (CDNs) and browsers may keep. */
    ResponseCache responseCache();

    interface ResponseCache {
        /**
         * How long a successful answer to a query over GET may be reused: by any cache when the caller is anonymous,
         * by the caller's own browser only when it sent credentials. 0 marks every answer not to be stored.
         */
        @WithDefault("60s")
        Duration maxAge();
    }
}
