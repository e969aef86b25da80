package ai.frontierwatch.commons.outbox;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

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

    /** Adds an event to the current transaction; fails when there is none, as an event alone is a bug. */
    public EventEnvelope publish(EventType type, String aggregateId, long aggregateVersion, Record payload) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Outbox.publish needs an active transaction: " + type);
        }
        EventEnvelope envelope = EventCodec.envelope(type, aggregateId, aggregateVersion, payload, clock);
        em.createNativeQuery("""
                INSERT INTO outbox_event (id, topic, record_key, event_type, payload, traceparent, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, now())""")
                .setParameter(1, envelope.id())
                .setParameter(2, type.topic())
                .setParameter(3, envelope.key())
                .setParameter(4, type.name())
                .setParameter(5, EventCodec.toJson(envelope))
                .setParameter(6, currentTraceparent())
                .executeUpdate();
        registerWakeUpOnCommit();
        return envelope;
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
