package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.contracts.Aggregate;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.gateway.client.ArticlesClient;
import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.config.GatewayConfig;
import ai.frontierwatch.gateway.live.LiveFeed;
import ai.frontierwatch.gateway.schema.ArticleMapping;
import ai.frontierwatch.gateway.schema.ArticleTypes.Article;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * Articles by id, one batched call per query level. An article changes only when it is updated or deleted, which
 * articles-service announces on the articles topic, so articles are kept ({@link EntityCache}) until then, or for
 * {@code fw.gateway.article-cache.ttl} at most; long ones are not kept.
 */
@ApplicationScoped
public class ArticleLookup {

    private final ArticlesClient articles;
    private final EntityCache<Article> cache;

    public ArticleLookup(ArticlesClient articles, GatewayConfig config, LiveFeed feed) {
        this.articles = articles;
        var settings = config.articleCache();
        this.cache = new EntityCache<>(settings.ttl(), settings.maxEntries(), System::nanoTime,
                a -> length(a.body()) + length(a.summary()) <= settings.maxChars());
        // changes announced from now on drop what they change; missed ones, everything
        feed.follow(this::changed, cache::clear);
    }

    /** The articles of these ids that exist, by id. */
    public Map<String, Article> byIds(Collection<String> ids) throws GraphQLException {
        return cache.getAll(ids, missing -> Batches.byKey(Downstream.call(ArticlesClient.SERVICE,
                () -> articles.articlesByIds(missing)).stream().map(ArticleMapping::article).toList(), Article::id));
    }

    void changed(EventEnvelope event) {
        // a publication is of an article not asked for before (unknown ids are not kept)
        if (event.type().aggregate() == Aggregate.ARTICLE && event.type() != EventType.ARTICLE_PUBLISHED) {
            cache.evict(event.aggregateId());
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
