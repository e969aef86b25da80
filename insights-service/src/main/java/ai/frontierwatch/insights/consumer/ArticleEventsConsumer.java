package ai.frontierwatch.insights.consumer;

import ai.frontierwatch.insights.service.EventApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Article events from articles-service: the article projection and its mentions and claims. */
@ApplicationScoped
public class ArticleEventsConsumer {

    private final EventApplier applier;

    public ArticleEventsConsumer(EventApplier applier) {
        this.applier = applier;
    }

    @Incoming("articles")
    @Blocking(ordered = true)
    public void onEvent(String json) {
        applier.apply(json);
    }
}
