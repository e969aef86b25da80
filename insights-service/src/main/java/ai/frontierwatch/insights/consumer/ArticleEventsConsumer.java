package ai.frontierwatch.insights.consumer;

import ai.frontierwatch.insights.service.EventApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Article events from articles-service: the article projection and its mentions and claims. Derived on several
 * worker threads (pool "article-derivation"): the result does not depend on the order articles are applied in
 * (version-guarded upserts, one transaction per event), and catalogue changes still exclude them by lock.
 */
@ApplicationScoped
public class ArticleEventsConsumer {

    private final EventApplier applier;

    public ArticleEventsConsumer(EventApplier applier) {
        this.applier = applier;
    }

    @Incoming("articles")
    @Blocking(value = "article-derivation", ordered = false)
    public void onEvent(String json) {
        applier.apply(json);
    }
}
