package ai.frontierwatch.gateway.live;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.contracts.config.KafkaClientSecurity;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the article, insights and catalogue topics and broadcasts every event to every subscriber of this instance
 * (subscriptions, and the catalogue cache that drops what changed). Each
 * replica must see every event, so partitions are assigned manually (no consumer group, nothing committed) and
 * read from the end: subscriptions deliver what happens from now on. Partitions that appear later (a topic
 * created after the gateway started) are read from their beginning, since all they hold is new.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.INSIGHTS, Topics.CATALOG);

    private final LiveConfig config;
    private final BroadcastProcessor<EventEnvelope> broadcast = BroadcastProcessor.create();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private volatile int assignedCount;
    private volatile boolean running;
    private boolean looked;
    private KafkaConsumer<String, String> consumer;
    private Thread worker;

    private final Map<String, String> security;

    /** {@code kafkaConfiguration}: Quarkus's default Kafka configuration, for its security settings. */
    public LiveFeed(LiveConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfiguration) {
        this.config = config;
        this.security = KafkaClientSecurity.of(kafkaConfiguration);
    }

    /** How to reach and authenticate to the broker (also for the readiness check's admin client). */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.putAll(security);
        return props;
    }

    void start(@Observes StartupEvent event) {
        Properties props = clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Topics belong to their owners (or to the KafkaTopic resources): reading must not create one.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        consumer = new KafkaConsumer<>(props);
        running = true;
        try {
            // Positions are fixed before the gateway reports started: an event published after start is delivered.
            discover();
        } catch (RuntimeException e) {
            LOG.warnf("Live feed: Kafka not reachable at %s yet (%s); subscriptions start once it is",
                    config.bootstrapServers(), e.getMessage());
        }
        worker = Thread.ofPlatform().name("live-feed").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        broadcast.onComplete();
    }

    /** Every event from now on; a subscriber that falls too far behind receives an error. */
    public Multi<EventEnvelope> events() {
        return broadcast.onOverflow().buffer(config.subscriberBuffer());
    }

    /**
     * Hands every event from now on to {@code onEvent}, for as long as the gateway runs. A follower that falls too far
     * behind has missed events: {@code onGap} is told (to forget what they would have changed) and it follows on.
     */
    public void follow(Consumer<EventEnvelope> onEvent, Runnable onGap) {
        events().subscribe().with(onEvent, failure -> {
            onGap.run();
            follow(onEvent, onGap);
        });
    }

    /** Partitions being read (for the readiness check). */
    public int assignedPartitions() {
        return assignedCount;
    }

    private void loop() {
        long nextDiscovery = System.nanoTime() + config.discoveryInterval().toNanos();
        try {
            while (running) {
                try {
                    if (System.nanoTime() >= nextDiscovery) {
                        discover();
                        nextDiscovery = System.nanoTime() + config.discoveryInterval().toNanos();
                    }
                    if (assigned.isEmpty()) {
                        Thread.sleep(config.discoveryInterval().toMillis());
                        nextDiscovery = System.nanoTime();
                        continue;
                    }
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        publish(record);
                    }
                } catch (WakeupException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("Live feed: %s; retrying", e.toString());
                    nextDiscovery = System.nanoTime() + config.discoveryInterval().toNanos();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * Assigns partitions not read yet: from the end on the first look at the broker, from the beginning when they
     * appear later (everything on them is new).
     */
    private void discover() {
        Set<TopicPartition> found = new HashSet<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic);
            if (partitions != null) {
                partitions.forEach(p -> found.add(new TopicPartition(topic, p.partition())));
            }
        }
        found.removeAll(assigned);
        boolean first = !looked;
        looked = true;
        if (found.isEmpty()) {
            return;
        }
        assigned.addAll(found);
        consumer.assign(Set.copyOf(assigned));
        if (first) {
            consumer.seekToEnd(found);
        } else {
            consumer.seekToBeginning(found);
        }
        found.forEach(consumer::position);
        assignedCount = assigned.size();
        LOG.infof("Live feed reads %d partitions of %s", assignedCount, TOPICS);
    }

    private void publish(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return;
        }
        try {
            broadcast.onNext(EventCodec.fromJson(record.value()));
        } catch (EventCodec.MalformedEventException e) {
            LOG.debugf("Live feed skips a record that is not an event on %s: %s", record.topic(), e.getMessage());
        }
    }
}
