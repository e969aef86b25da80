package ai.frontierwatch.insights.consumer;

import ai.frontierwatch.insights.service.EventApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Catalogue events from models-service: projections, results, and re-linking of the articles they affect. */
@ApplicationScoped
public class CatalogEventsConsumer {

    private final EventApplier applier;

    public CatalogEventsConsumer(EventApplier applier) {
        this.applier = applier;
    }

    @Incoming("catalog")
    @Blocking(ordered = true)
    public void onEvent(String json) {
        applier.apply(json);
    }
}
