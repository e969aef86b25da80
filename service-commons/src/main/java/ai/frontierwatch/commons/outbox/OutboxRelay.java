package ai.frontierwatch.commons.outbox;

import ai.frontierwatch.commons.kafka.KafkaSettings;
import ai.frontierwatch.contracts.Aggregate;
import ai.frontierwatch.contracts.EventType;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. A batch is locked with SKIP LOCKED, sent, acknowledged by the
 * broker and only then deleted, all in one database transaction: if the broker is down the batch is
 * rolled back and retried with backoff, so nothing committed is lost (delivery is at least once;
 * consumers de-duplicate by event id). Replicas may all run the relay: locks keep batches disjoint.
 * An event Kafka refuses for what it is (too large, invalid) is parked in {@code outbox_dead_letter} with its
 * reason instead of holding up every event behind it; it is counted ({@code fw.outbox.parked}), logged with
 * its aggregate, and readiness reports it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final KafkaSettings kafka;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private static final long COUNT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);
    private long lastCount;
    private final Counter published;
    private final Counter failures;
    private final Counter parked;
    private volatile boolean running;
    private volatile boolean healthy = true;
    private Thread worker;
    private Producer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, KafkaSettings kafka, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafka = kafka;
        this.published = Counter.builder("fw.outbox.published").description("Events relayed to Kafka")
                .register(registry);
        this.failures = Counter.builder("fw.outbox.failures").description("Relay batches rolled back")
                .register(registry);
        this.parked = Counter.builder("fw.outbox.parked")
                .description("Events Kafka cannot accept, moved to outbox_dead_letter").register(registry);
        Gauge.builder("fw.outbox.pending", pending, AtomicLong::get)
                .description("Events committed but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("fw.outbox.dead.letters", deadLetters, AtomicLong::get)
                .description("Events in outbox_dead_letter, waiting for an operator").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(kafka.producerProperties());
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            wake.release();
            try {
                worker.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a transaction with events commits, so the relay does not wait for its next poll. */
    public void wakeUp() {
        wake.release();
    }

    /** Number of committed events still waiting for Kafka, as of the relay's last look. */
    public long pending() {
        return pending.get();
    }

    /** Number of parked events (in {@code outbox_dead_letter}), as of the relay's last look. */
    public long deadLetters() {
        return deadLetters.get();
    }

    /** Whether this instance relays (false where {@code fw.outbox.relay-enabled} is off). */
    public boolean enabled() {
        return config.relayEnabled();
    }

    /** False while the last relay attempt failed (broker unreachable or rejecting). */
    public boolean healthy() {
        return healthy;
    }

    private void loop() {
        long backoffMs = config.pollInterval().toMillis();
        while (running) {
            try {
                int sent = relayBatch();
                if (!healthy) {
                    LOG.info("Outbox relay recovered: Kafka accepts events again");
                }
                healthy = true;
                backoffMs = config.pollInterval().toMillis();
                if (sent < config.batchSize()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
                if (healthy) {
                    LOG.warnf("Outbox relay cannot publish (will retry, events are kept): %s", rootMessage(e));
                }
                healthy = false;
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, config.maxBackoff().toMillis());
            }
        }
    }

    /** An outbox row on its way to Kafka. */
    private record Row(long seq, UUID id, String topic, String key, String type, String traceparent) {
    }

    /**
     * Sends one batch; returns how many events were acknowledged, removed or parked. An event Kafka can never
     * accept (see {@link #isPoison}) is moved to {@code outbox_dead_letter} in the same transaction that removes the
     * acknowledged ones, so the events behind it go once and in order; any other failure rolls the whole batch back
     * to be retried.
     */
    int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT seq, id, topic, record_key, event_type, payload, traceparent FROM outbox_event
                        ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                    select.setInt(1, config.batchSize());
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            Row row = new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(7));
                            rows.add(row);
                            acks.add(send(row, rs.getString(6)));
                        }
                    }
                }
                List<UUID> delivered = new ArrayList<>();
                Map<Row, Throwable> poisoned = new LinkedHashMap<>();
                if (!rows.isEmpty()) {
                    producer.flush();
                    long deadline = System.nanoTime() + config.sendTimeout().toNanos();
                    for (int i = 0; i < rows.size(); i++) {
                        try {
                            acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                            delivered.add(rows.get(i).id());
                        } catch (ExecutionException e) {
                            if (!isPoison(e.getCause())) {
                                throw e;
                            }
                            poisoned.put(rows.get(i), e.getCause());
                        }
                    }
                    park(connection, poisoned);
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM outbox_event WHERE id = ANY (?)")) {
                        delete.setArray(1, connection.createArrayOf("uuid", delivered.toArray()));
                        delete.executeUpdate();
                    }
                }
                connection.commit();
                published.increment(delivered.size());
                poisoned.forEach(this::logParked);
                // counting is a scan of the backlog: while full batches drain a large one, count now and then only
                long now = System.nanoTime();
                if (rows.size() < config.batchSize() || now - lastCount > COUNT_INTERVAL_NANOS || !poisoned.isEmpty()) {
                    count(connection);
                    lastCount = now;
                } else {
                    pending.updateAndGet(p -> Math.max(0, p - rows.size()));
                }
                return rows.size();
            } catch (Exception e) {
                rollbackQuietly(connection);
                countQuietly();
                throw e;
            }
        }
    }

    /** Hands a row to the producer; a failure the producer throws instead of reporting comes back as a failed ack. */
    private Future<RecordMetadata> send(Row row, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), payload);
        if (row.traceparent() != null) {
            record.headers().add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        try {
            return producer.send(record);
        } catch (KafkaException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Whether Kafka will refuse this event however often it is sent: too large for the producer or the topic, or
     * not a valid record. Everything else (broker down, timeouts, authorisation, a missing topic) is a state of the
     * platform that a retry outlives, and keeps the event where it is.
     */
    static boolean isPoison(Throwable e) {
        return e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException
                || e instanceof InvalidRecordException || e instanceof SerializationException;
    }

    private static void park(Connection connection, Map<Row, Throwable> poisoned) throws SQLException {
        if (poisoned.isEmpty()) {
            return;
        }
        try (PreparedStatement move = connection.prepareStatement("""
                WITH moved AS (DELETE FROM outbox_event WHERE id = ? RETURNING *)
                INSERT INTO outbox_dead_letter (seq, id, topic, record_key, event_type, payload, traceparent,
                                                created_at, reason)
                SELECT seq, id, topic, record_key, event_type, payload, traceparent, created_at, ? FROM moved""")) {
            for (Map.Entry<Row, Throwable> p : poisoned.entrySet()) {
                move.setObject(1, p.getKey().id());
                move.setString(2, describe(p.getValue()));
                move.addBatch();
            }
            move.executeBatch();
        }
    }

    private void logParked(Row row, Throwable reason) {
        parked.increment();
        String aggregate = row.key();
        String aggregateType = row.type();
        try {
            Aggregate kind = EventType.valueOf(row.type()).aggregate();
            aggregateType = kind.name();
            aggregate = row.key().startsWith(kind.keyPrefix()) ? row.key().substring(kind.keyPrefix().length())
                    : row.key();
        } catch (IllegalArgumentException unknownType) {
            // an event type this version does not know: the key names the aggregate
        }
        LOG.errorf("Outbox parked event %s (%s of %s %s, outbox seq %d) in outbox_dead_letter: Kafka cannot accept it "
                + "(%s); the events behind it go on", row.id(), row.type(), aggregateType, aggregate, row.seq(),
                describe(reason));
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Counts the events waiting for Kafka and the parked ones. */
    private void count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT (SELECT count(*) FROM outbox_event), (SELECT count(*) FROM outbox_dead_letter)");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            pending.set(rs.getLong(1));
            deadLetters.set(rs.getLong(2));
        }
    }

    private void countQuietly() {
        try (Connection connection = dataSource.getConnection()) {
            count(connection);
        } catch (SQLException e) {
            // the counts stay as they were; the next successful look updates them
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; the database rolls back anyway
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
