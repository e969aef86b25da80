package ai.frontierwatch.gateway.live;

import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.ContractSamples;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.localstack.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events (the contract samples, or any) on the real broker, to partition 0 of their topic so that the feed
 * sees them in the order sent.
 */
public final class SampleEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public SampleEvents() {
        Properties props = new Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** Publishes the sample (changed by {@code change}) until the subscription got it: it may still be starting. */
    JsonNode publishUntilReceived(LiveSubscriptionsTest.Client receiver, EventType type,
            UnaryOperator<ObjectNode> change, String subscription) {
        int before = receiver.data(subscription).size();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            if (receiver.data(subscription).size() > before) {
                return true;
            }
            send(type, change);
            return false;
        });
        return receiver.data(subscription).get(before);
    }

    void send(EventType type, UnaryOperator<ObjectNode> change) {
        EventEnvelope sample = ContractSamples.envelope(type);
        ObjectNode payload = change.apply(sample.payload().deepCopy());
        publish(new EventEnvelope(UUID.randomUUID(), type, sample.schemaVersion(), sample.occurredAt(),
                sample.aggregateId(), sample.aggregateVersion(), payload));
    }

    /** Publishes an event on its type's topic, once the broker has it. */
    public void publish(EventEnvelope event) {
        try {
            producer.send(new ProducerRecord<>(event.type().topic(), 0, event.key(), EventCodec.toJson(event)))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
