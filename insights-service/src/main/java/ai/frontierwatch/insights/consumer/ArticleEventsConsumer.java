package ai.frontierwatch.insights.consumer;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.insights.repository.ProjectionStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Keeps the article projection from articles-service's events; idempotent and order-independent. */
@ApplicationScoped
public class ArticleEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEventsConsumer.class);

    private final ProjectionStore store;

    public ArticleEventsConsumer(ProjectionStore store) {
        this.store = store;
    }

    @Incoming("articles")
    @Blocking(ordered = true)
    @Transactional
    public void onEvent(String json) {
        EventEnvelope event;
        try {
            event = EventCodec.fromJson(json);
        } catch (EventCodec.MalformedEventException e) {
            LOG.warnf("Skipping an article record that is not a valid event: %s", e.getMessage());
            return;
        }
        if (!store.markProcessed(event.id())) {
            return;
        }
        if (event.type() == EventType.ARTICLE_DELETED) {
            store.upsertArticle(event, null, null, null, true);
            return;
        }
        ArticleState article = EventCodec.payload(event, ArticleState.class);
        store.upsertArticle(event, article.title(), article.publishedAt(), article.language(), false);
    }
}
