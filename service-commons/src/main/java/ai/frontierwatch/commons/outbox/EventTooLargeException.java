package ai.frontierwatch.commons.outbox;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.EventType;

/**
 * An event larger than Kafka accepts: refused when it is written, so the change is rolled back (413) instead of
 * committed with an event the relay could never send.
 */
public class EventTooLargeException extends ProblemException {

    public static final String TYPE = "urn:problem:event-too-large";

    private final int bytes;
    private final int limit;

    public EventTooLargeException(EventType type, String aggregateId, int bytes, int limit) {
        super(413, TYPE, "Content too large", "The " + type + " event of " + type.aggregate().keyPrefix() + aggregateId
                + " would take " + bytes + " bytes; an event is at most " + limit + " bytes", null);
        this.bytes = bytes;
        this.limit = limit;
    }

    /** Size of the refused event as the producer counts it. */
    public int bytes() {
        return bytes;
    }

    /** Largest event Kafka accepts from this service (the producer's {@code max.request.size}). */
    public int limit() {
        return limit;
    }
}
