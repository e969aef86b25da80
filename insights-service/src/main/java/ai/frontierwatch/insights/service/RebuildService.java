package ai.frontierwatch.insights.service;

import ai.frontierwatch.commons.kafka.KafkaSettings;
import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.insights.repository.AdminStore;
import ai.frontierwatch.insights.repository.ProjectionStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Rebuild: drops all projections and derived state, then replays both topics from the beginning (catalogue
 * first, so articles are matched against the full catalogue once) through the same path as live events.
 * The topics are compacted with unlimited retention, so the replay sees the last state of every aggregate.
 * Live consumption continues meanwhile; version guards and idempotency keep both paths consistent. A lease in the
 * database marks the rebuild as running for every instance: none announces meanwhile, and none starts another.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    /** The last rebuild's progress. */
    public record Status(String state, Instant startedAt, Instant finishedAt, long eventsReplayed, String error) {
    }

    private final AdminStore admin;
    private final ProjectionStore projections;
    private final EventApplier applier;
    private final KafkaSettings kafka;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("IDLE", null, null, 0, null));

    /**
     * How long a rebuild counts as running for every instance without a renewal (rebuild_lease), and how often the
     * running one renews it: a rebuild whose instance died stops holding announcements back after this.
     */
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(5);
    /** This instance, as the holder of the lease. */
    private final String owner = "insights-" + UUID.randomUUID();
    private volatile long renewed;

    public RebuildService(AdminStore admin, ProjectionStore projections, EventApplier applier, KafkaSettings kafka) {
        this.admin = admin;
        this.projections = projections;
        this.applier = applier;
        this.kafka = kafka;
    }

    public Status status() {
        return status.get();
    }

    /** Starts a rebuild in the background; 409 while one is running, here or on another instance. */
    public Status start() {
        Status current = status.get();
        Status running = new Status("RUNNING", Instant.now(), null, 0, null);
        if ("RUNNING".equals(current.state()) || !status.compareAndSet(current, running)) {
            throw ProblemException.conflict("A rebuild is already running");
        }
        boolean claimed;
        try {
            claimed = QuarkusTransaction.requiringNew().call(() -> admin.claimRebuild(owner, LEASE.toSeconds()));
        } catch (RuntimeException e) {
            status.set(current);
            throw e;
        }
        if (!claimed) {
            status.set(current);
            throw ProblemException.conflict("A rebuild is already running on another instance");
        }
        Thread.ofVirtual().name("insights-rebuild").start(this::run);
        return running;
    }

    private void run() {
        Instant started = status.get().startedAt();
        long replayed = 0;
        renewed = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                projections.lockDerivation();
                admin.dropDerivedState();
            });
            LOG.info("Rebuild: derived state dropped; replaying topics");
            for (String topic : List.of(Topics.CATALOG, Topics.ARTICLES)) {
                replayed += replay(topic, replayed, started);
            }
            status.set(new Status("DONE", started, Instant.now(), replayed, null));
            LOG.infof("Rebuild done: %d events replayed", replayed);
        } catch (RuntimeException e) {
            LOG.error("Rebuild failed", e);
            status.set(new Status("FAILED", started, Instant.now(), replayed, e.toString()));
        } finally {
            try {
                QuarkusTransaction.requiringNew().run(() -> admin.releaseRebuild(owner));
            } catch (RuntimeException e) {
                LOG.warn("Rebuild: the lease could not be released; it expires by itself", e);
            }
        }
    }

    /** Renews the lease every few seconds while the replay runs; fails the rebuild if it was lost. */
    private void renewLease() {
        if (System.nanoTime() - renewed < RENEW_EVERY.toNanos()) {
            return;
        }
        if (!QuarkusTransaction.requiringNew().call(() -> admin.renewRebuild(owner, LEASE.toSeconds()))) {
            throw new IllegalStateException("the rebuild lease expired before the rebuild ended");
        }
        renewed = System.nanoTime();
    }

    private long replay(String topic, long before, Instant started) {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        long count = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                            && record.value() != null) {
                        try {
                            applier.apply(record.value());
                        } catch (RuntimeException e) {
                            // Live consumption sends such a record to the dead-letter topic; a replay skips it.
                            LOG.warnf("Rebuild: %s@%d-%d could not be applied: %s", topic, record.partition(),
                                    record.offset(), e.toString());
                        }
                        count++;
                        renewLease();
                    }
                }
                status.set(new Status("RUNNING", started, null, before + count, null));
            }
        }
        return count;
    }
}
