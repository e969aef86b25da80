package ai.frontierwatch.commons.kafka;

import ai.frontierwatch.contracts.config.KafkaClientSecurity;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Kafka is and how this service's own clients talk to it. */
@ApplicationScoped
public class KafkaSettings {

    private final String bootstrapServers;
    private final int maxRequestBytes;
    private final Map<String, String> security;

    /**
     * @param kafkaConfiguration Quarkus's default Kafka configuration ({@code kafka.*} properties, {@code KAFKA_*}
     *        environment variables), whose security settings ({@link KafkaClientSecurity}) this service's own clients use
     */
    @Inject
    public KafkaSettings(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            TopicProvisioner.Config config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfiguration) {
        this.bootstrapServers = bootstrapServers;
        this.maxRequestBytes = config.maxRequestBytes();
        this.security = KafkaClientSecurity.of(kafkaConfiguration);
    }

    /** A plaintext broker without authentication. */
    public KafkaSettings(String bootstrapServers, TopicProvisioner.Config config) {
        this(bootstrapServers, config, Map.of());
    }

    /**
     * Largest record the producer sends (its {@code max.request.size}); the outbox refuses larger events when they
     * are written, as Kafka would never accept them. Keep it at or below the topics' {@code max.message.bytes}.
     */
    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Where the broker is and how to authenticate to it: the start of every client's settings. */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putAll(security);
        return props;
    }

    public Properties adminProperties() {
        Properties props = clientProperties();
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        return props;
    }

    /** Idempotent, fully acknowledged producer that gives up quickly so the outbox can retry. */
    public Properties producerProperties() {
        Properties props = clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "9000");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(maxRequestBytes));
        return props;
    }
}
