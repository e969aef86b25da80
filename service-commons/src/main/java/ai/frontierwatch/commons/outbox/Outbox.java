package ai.frontierwatch.commons.outbox;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
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

    /** Rows per INSERT statement of {@link #publishAll}; keeps the bind parameters far below PostgreSQL's limit. */
    static final int ROWS_PER_INSERT = 500;

    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, record_key, event_type, payload, traceparent, created_at)
            VALUES """;

    /** Adds an event to the current transaction; fails when there is none, as an event alone is a bug. */
    public EventEnvelope publish(EventType type, String aggregateId, long aggregateVersion, Record payload) {
        return publishAll(List.of(new Event(type, aggregateId, aggregateVersion, payload))).get(0);
    }

    /**
     * Adds events to the current transaction with one multi-row insert per {@value #ROWS_PER_INSERT} events
     * instead of a round trip each; the relay sends them in the given order.
     */
    public List<EventEnvelope> publishAll(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Outbox.publish needs an active transaction: " + events.get(0).type());
        }
        String traceparent = currentTraceparent();
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        for (Event e : events) {
            envelopes.add(EventCodec.envelope(e.type(), e.aggregateId(), e.aggregateVersion(), e.payload(), clock));
        }
        for (int from = 0; from < envelopes.size(); from += ROWS_PER_INSERT) {
            insert(envelopes.subList(from, Math.min(envelopes.size(), from + ROWS_PER_INSERT)), traceparent);
        }
        registerWakeUpOnCommit();
        return envelopes;
    }

    private void insert(List<EventEnvelope> rows, String traceparent) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < rows.size(); i++) {
            int p = i * 6;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2)
                    .append(", ?").append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5)
                    .append(", ?").append(p + 6).append(", now())");
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            EventEnvelope envelope = rows.get(i);
            int p = i * 6;
            insert.setParameter(p + 1, envelope.id())
                    .setParameter(p + 2, envelope.type().topic())
                    .setParameter(p + 3, envelope.key())
                    .setParameter(p + 4, envelope.type().name())
                    .setParameter(p + 5, EventCodec.toJson(envelope))
                    .setParameter(p + 6, traceparent);
        }
        insert.executeUpdate();
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
