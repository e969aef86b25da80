package ai.frontierwatch.commons.outbox;

import ai.frontierwatch.commons.kafka.KafkaSettings;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;

/**
 * Records integration events inside the caller's transaction. The event becomes visible to the relay
 * only if that transaction commits, which is what makes "change and event together" hold.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final int maxEventBytes;
    private final Clock clock = Clock.systemUTC();

    public Outbox(EntityManager em, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            KafkaSettings kafka) {
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
        this.maxEventBytes = kafka.maxRequestBytes();
    }

    /** An event to publish: what changed (type, aggregate and its version) and its full state. */
    public record Event(EventType type, String aggregateId, long aggregateVersion, Record payload) {
    }

    /**
     * One INSERT for any number of events: the columns go as six arrays, so the statement text and its bind
     * parameters do not grow with the batch. Rows get their sequence numbers in array order.
     */
    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, record_key, event_type, payload, traceparent, created_at)
            SELECT e.id, e.topic, e.record_key, e.event_type, e.payload, e.traceparent, now()
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                 AS e (id, topic, record_key, event_type, payload, traceparent, n)
            ORDER BY e.n""";

    /**
     * Adds an event to the current transaction; fails when there is none, as an event alone is a bug, and with
     * {@link EventTooLargeException} when Kafka would never accept the event.
     */
    public void publish(EventType type, String aggregateId, long aggregateVersion, Record payload) {
        publishAll(List.of(new Event(type, aggregateId, aggregateVersion, payload)));
    }

    /**
     * Adds events to the current transaction with one insert instead of a round trip each; the relay sends them
     * in the given order.
     */
    public void publishAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Outbox.publish needs an active transaction: " + events.get(0).type());
        }
        String traceparent = currentTraceparent();
        int n = events.size();
        String[] ids = new String[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        String[] traceparents = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            EventCodec.Encoded encoded = EventCodec.encode(e.type(), e.aggregateId(), e.aggregateVersion(),
                    e.payload(), clock);
            checkSize(e, encoded, traceparent);
            ids[i] = encoded.id().toString();
            topics[i] = e.type().topic();
            keys[i] = encoded.key();
            types[i] = e.type().name();
            payloads[i] = encoded.json();
            traceparents[i] = traceparent;
        }
        // plain JDBC on the transaction's connection: binding arrays through a native query costs more than the insert
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setArray(1, connection.createArrayOf("text", ids));
                insert.setArray(2, connection.createArrayOf("text", topics));
                insert.setArray(3, connection.createArrayOf("text", keys));
                insert.setArray(4, connection.createArrayOf("text", types));
                insert.setArray(5, connection.createArrayOf("text", payloads));
                insert.setArray(6, connection.createArrayOf("text", traceparents));
                insert.executeUpdate();
            }
        });
        registerWakeUpOnCommit();
    }

    private void registerWakeUpOnCommit() {
        Object marker = transactions.getResource(Outbox.class);
        if (marker != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    /**
     * Refuses an event the producer would reject as too large (the record as the producer sizes it: key, value,
     * trace header and batch overhead), so that no committed change waits behind an event that can never go.
     */
    private void checkSize(Event e, EventCodec.Encoded encoded, String traceparent) {
        // a UTF-16 char is at most 3 bytes of UTF-8: most events are told apart without encoding them
        if ((long) encoded.json().length() * 3 + encoded.key().length() * 3L + 1024 < maxEventBytes) {
            return;
        }
        Header[] headers = traceparent == null ? new Header[0]
                : new Header[] {new RecordHeader("traceparent", traceparent.getBytes(StandardCharsets.UTF_8))};
        int bytes = AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                encoded.key().getBytes(StandardCharsets.UTF_8), encoded.json().getBytes(StandardCharsets.UTF_8),
                headers);
        if (bytes > maxEventBytes) {
            throw new EventTooLargeException(e.type(), e.aggregateId(), bytes, maxEventBytes);
        }
    }

    /** W3C traceparent of the request that made the change, so consumers continue the same trace. */
    static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

}
