package ai.frontierwatch.models;

import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.localstack.TestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads everything the service has published on the catalogue topic so far: waits until the outbox is
 * empty (every committed event acknowledged by the broker), then reads every partition up to its end.
 */
public final class CatalogEvents {

    private CatalogEvents() {
    }

    public static List<EventEnvelope> allPublishedSoFar() {
        await().atMost(Duration.ofSeconds(90)).until(() -> pendingOutboxRows() == 0);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<EventEnvelope> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    events.add(EventCodec.fromJson(r.value()));
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
            return events;
        }
    }

    /** How many events the service has published on the catalogue topic so far (sum of the end offsets). */
    public static long countPublishedSoFar() {
        await().atMost(Duration.ofSeconds(90)).until(() -> pendingOutboxRows() == 0);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("enable.auto.commit", "false");
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(Topics.CATALOG).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private static long pendingOutboxRows() throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
