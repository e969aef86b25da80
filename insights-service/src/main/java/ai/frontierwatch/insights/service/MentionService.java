package ai.frontierwatch.insights.service;

import ai.frontierwatch.insights.domain.Mention;
import ai.frontierwatch.insights.repository.DerivedStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Mentions by article, and the latest articles naming each model or vendor. */
@ApplicationScoped
@Transactional
public class MentionService {

    private final DerivedStore store;

    public MentionService(DerivedStore store) {
        this.store = store;
    }

    public Map<String, List<Mention>> byArticle(List<String> articleIds) {
        return store.mentionsOf(articleIds);
    }

    public Map<String, List<DerivedStore.ArticleRef>> latestArticles(List<String> entityIds, int limit) {
        return store.latestArticles(entityIds, limit);
    }
}
