package ai.frontierwatch.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Documents clients registered by hash (Apollo's automatic persisted queries), in this replica's memory only. Behind
 * a load balancer each replica learns a hash on its own: a replica that has not seen it answers
 * PERSISTED_QUERY_NOT_FOUND and the client sends the document once more, so nothing needs sharing. Bounded in
 * entries and in the length of each document; an evicted hash heals the same way.
 */
@ApplicationScoped
class AutomaticPersistedQueries {

    private final Cache<String, String> documents;
    private final long maxDocumentBytes;

    AutomaticPersistedQueries(GraphqlHttpConfig config) {
        this.documents = Caffeine.newBuilder().maximumSize(config.persistedQueries().maxEntries()).build();
        this.maxDocumentBytes = config.persistedQueries().maxDocumentSize().asLongValue();
    }

    Optional<String> document(String sha256Hash) {
        return Optional.ofNullable(documents.getIfPresent(sha256Hash));
    }

    /** Keeps a valid document under its verified hash, unless it is longer than a registered document may be. */
    void register(String sha256Hash, String document) {
        // a char takes at most 3 bytes in UTF-8: the cheap test settles most documents without encoding them
        if (document.length() <= maxDocumentBytes / 3
                || document.getBytes(StandardCharsets.UTF_8).length <= maxDocumentBytes) {
            documents.put(sha256Hash, document);
        }
    }
}
