package ai.frontierwatch.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on a topic: a small immutable header and the payload of one {@link EventType}.
 *
 * @param id            unique per event; consumers record it to stay idempotent under redelivery
 * @param type          what happened
 * @param schemaVersion version of the payload shape for {@code type}
 * @param occurredAt    when the change was committed
 * @param aggregateId   the entity the event is about; also the Kafka record key
 * @param aggregateVersion monotonically increasing per aggregate, so a late, older event cannot win
 * @param payload       the full state of the aggregate after the change (or its id when deleted)
 */
public record EventEnvelope(
        UUID id,
        EventType type,
        int schemaVersion,
        Instant occurredAt,
        String aggregateId,
        long aggregateVersion,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1");
        }
    }

    /** The Kafka record key: type family plus id, so compaction keeps the last state of each aggregate. */
    public String key() {
        return type.aggregate().keyPrefix() + aggregateId;
    }
}
