package ai.frontierwatch.insights.consumer;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.insights.repository.ProjectionStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Keeps the catalogue projection from models-service's events; idempotent and order-independent. */
@ApplicationScoped
public class CatalogEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CatalogEventsConsumer.class);

    private final ProjectionStore store;

    public CatalogEventsConsumer(ProjectionStore store) {
        this.store = store;
    }

    @Incoming("catalog")
    @Blocking(ordered = true)
    @Transactional
    public void onEvent(String json) {
        EventEnvelope event;
        try {
            event = EventCodec.fromJson(json);
        } catch (EventCodec.MalformedEventException e) {
            LOG.warnf("Skipping a catalogue record that is not a valid event: %s", e.getMessage());
            return;
        }
        if (!store.markProcessed(event.id())) {
            return;
        }
        boolean deleted = event.type().name().endsWith("_DELETED");
        var payload = event.payload();
        store.upsertCatalogEntity(event, event.type().aggregate().name(), text(payload, "slug"), text(payload, "name"),
                deleted);
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
