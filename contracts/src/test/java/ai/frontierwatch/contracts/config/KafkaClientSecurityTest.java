package ai.frontierwatch.contracts.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSecurityTest {

    @Test
    void takesTheProtocolSaslAndSslSettingsOnly() {
        Map<String, Object> configuration = new HashMap<>(Map.of(
                "bootstrap.servers", "fw-kafka-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/etc/kafka-ca/ca.crt",
                "group.id", "insights-service",
                "ssl.keystore.location", ""));
        configuration.put("sasl.kerberos.service.name", null);
        assertThat(KafkaClientSecurity.of(configuration)).containsOnlyKeys("security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.type", "ssl.truststore.location");
    }

    @Test
    void aPlaintextBrokerNeedsNothing() {
        assertThat(KafkaClientSecurity.of(Map.of("bootstrap.servers", "localhost:19092", "group.id", "x"))).isEmpty();
    }
}
