package ai.frontierwatch.commons.outbox;

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
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;

/**
 * Records integration events inside the caller's transaction. The event becomes visible to the relay
 * only if that transaction commits, which is what makes "change and event together" hold.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Clock clock = Clock.systemUTC();

    public Outbox(EntityManager em, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
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

    /** Adds an event to the current transaction; fails when there is none, as an event alone is a bug. */
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

    /** W3C traceparent of the request that made the change, so consumers continue the same trace. */
    static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

}
