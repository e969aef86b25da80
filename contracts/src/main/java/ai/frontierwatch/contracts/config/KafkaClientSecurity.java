package ai.frontierwatch.contracts.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a Kafka client proves who it is and checks the broker: the {@code security.protocol}, {@code sasl.*} and
 * {@code ssl.*} entries of the services' shared Kafka configuration (Quarkus's default Kafka configuration, fed by
 * {@code kafka.*} properties and {@code KAFKA_*} environment variables such as {@code KAFKA_SECURITY_PROTOCOL} or
 * {@code KAFKA_SASL_JAAS_CONFIG}). Quarkus applies them to its messaging channels; the clients a service creates
 * itself (outbox relay, admin checks, replays, the gateway's live feed) take them from here.
 */
public final class KafkaClientSecurity {

    private KafkaClientSecurity() {
    }

    /** The security entries of a Kafka configuration, without empty ones; nothing for a plaintext broker. */
    public static Map<String, String> of(Map<String, ?> kafkaConfiguration) {
        Map<String, String> security = new TreeMap<>();
        kafkaConfiguration.forEach((key, value) -> {
            if ((key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl."))
                    && value != null && !String.valueOf(value).isBlank()) {
                security.put(key, String.valueOf(value));
            }
        });
        return security;
    }
}
