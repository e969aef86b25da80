package ai.frontierwatch.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The one place where events become bytes and back. Producers and consumers both use it, so the wire
 * format cannot drift between them.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Unknown fields are tolerated so that adding a field is a compatible change.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Wraps a payload in a new envelope; the payload's record type must match the event type. */
    public static EventEnvelope envelope(EventType type, String aggregateId, long aggregateVersion,
            Record payload, Clock clock) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        return new EventEnvelope(UUID.randomUUID(), type, EventType.SCHEMA_VERSION, clock.instant(),
                aggregateId, aggregateVersion, MAPPER.valueToTree(payload));
    }

    /** A new event as the outbox stores it: its id, its record key and its JSON. */
    public record Encoded(UUID id, String key, String json) {
    }

    /** The envelope's fields with the payload still a record, so that it is written in one pass. */
    private record Wire(UUID id, EventType type, int schemaVersion, Instant occurredAt, String aggregateId,
            long aggregateVersion, Record payload) {
    }

    /**
     * Wraps a payload in a new envelope and writes it: the same JSON as {@code toJson(envelope(...))} without
     * building the payload's tree first (producers write thousands of events per import).
     */
    public static Encoded encode(EventType type, String aggregateId, long aggregateVersion, Record payload,
            Clock clock) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        Wire wire = new Wire(UUID.randomUUID(), type, EventType.SCHEMA_VERSION, clock.instant(), aggregateId,
                aggregateVersion, payload);
        try {
            return new Encoded(wire.id(), type.aggregate().keyPrefix() + aggregateId, MAPPER.writeValueAsString(wire));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialized: " + type, e);
        }
    }

    public static String toJson(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialized: " + envelope.type(), e);
        }
    }

    /** Parses an envelope; throws {@link MalformedEventException} for anything that is not one. */
    public static EventEnvelope fromJson(String json) {
        try {
            EventEnvelope envelope = MAPPER.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                throw new MalformedEventException("empty event");
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("not a Frontier Watch event: " + e.getMessage(), e);
        }
    }

    /** The typed payload of an envelope. */
    public static <T extends Record> T payload(EventEnvelope envelope, Class<T> type) {
        if (!type.equals(envelope.type().payloadType())) {
            throw new IllegalArgumentException(envelope.type() + " does not carry " + type.getSimpleName());
        }
        try {
            return MAPPER.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("payload of " + envelope.type() + " is malformed: "
                    + e.getMessage(), e);
        }
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
