package ai.frontierwatch.commons.outbox;

import ai.frontierwatch.commons.kafka.KafkaSettings;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. A batch is locked with SKIP LOCKED, sent, acknowledged by the
 * broker and only then deleted, all in one database transaction: if the broker is down the batch is
 * rolled back and retried with backoff, so nothing committed is lost (delivery is at least once;
 * consumers de-duplicate by event id). Replicas may all run the relay: locks keep batches disjoint.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final KafkaSettings kafka;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private static final long COUNT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);
    private long lastCount;
    private final Counter published;
    private final Counter failures;
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
        Gauge.builder("fw.outbox.pending", pending, AtomicLong::get)
                .description("Events committed but not yet acknowledged by Kafka").register(registry);
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

    /** Sends one batch; returns how many events were acknowledged and removed. */
    int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<UUID> ids = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT id, topic, record_key, payload, traceparent FROM outbox_event
                        ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                    select.setInt(1, config.batchSize());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                            ProducerRecord<String, String> record = new ProducerRecord<>(rows.getString(2),
                                    rows.getString(3), rows.getString(4));
                            String traceparent = rows.getString(5);
                            if (traceparent != null) {
                                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
                            }
                            acks.add(producer.send(record));
                        }
                    }
                }
                if (!ids.isEmpty()) {
                    producer.flush();
                    long deadline = System.nanoTime() + config.sendTimeout().toNanos();
                    for (Future<RecordMetadata> ack : acks) {
                        ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    }
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM outbox_event WHERE id = ANY (?)")) {
                        Array array = connection.createArrayOf("uuid", ids.toArray());
                        delete.setArray(1, array);
                        delete.executeUpdate();
                    }
                }
                connection.commit();
                published.increment(ids.size());
                // counting is a scan of the backlog: while full batches drain a large one, count now and then only
                long now = System.nanoTime();
                if (ids.size() < config.batchSize() || now - lastCount > COUNT_INTERVAL_NANOS) {
                    pending.set(countPending(connection));
                    lastCount = now;
                } else {
                    pending.updateAndGet(p -> Math.max(0, p - ids.size()));
                }
                return ids.size();
            } catch (Exception e) {
                rollbackQuietly(connection);
                pending.set(countPendingQuietly());
                throw e;
            }
        }
    }

    private static long countPending(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox_event");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long countPendingQuietly() {
        try (Connection connection = dataSource.getConnection()) {
            return countPending(connection);
        } catch (SQLException e) {
            return pending.get();
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
