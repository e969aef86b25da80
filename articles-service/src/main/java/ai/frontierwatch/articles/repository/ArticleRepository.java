package ai.frontierwatch.articles.repository;

import ai.frontierwatch.articles.domain.Article;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    public Optional<Article> findByCanonicalUrl(String canonicalUrl) {
        return find("canonicalUrl", canonicalUrl).firstResultOptional();
    }

    public Optional<Article> findByContentHash(String hash) {
        return find("contentHash = ?1 order by ingestedAt", hash).firstResultOptional();
    }

    public Optional<Article> findByNaturalKey(String key) {
        return find("naturalKey = ?1 order by ingestedAt", key).firstResultOptional();
    }

    public List<Article> listByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * Serialises concurrent ingestions of the same story (same URL, content or natural key) until the
     * transaction ends, so two simultaneous posts cannot both create it.
     */
    public void lockKeys(Collection<String> keys) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        for (String key : sorted) {
            getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, key).getSingleResult();
        }
    }
}
