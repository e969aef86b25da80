package ai.frontierwatch.models.health;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.commons.kafka.KafkaReadinessCheck;
import ai.frontierwatch.commons.kafka.KafkaSettings;
import ai.frontierwatch.commons.kafka.TopicProvisioner;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** A broker outage shows in readiness without taking the service out: writes wait in the outbox. */
class BrokerOutageReadinessTest {

    /** The topic settings' defaults, as the service runs with them. */
    private static final class Defaults implements TopicProvisioner.Config {
        @Override
        public boolean createTopics() {
            return true;
        }

        @Override
        public int partitions() {
            return 3;
        }

        @Override
        public short replicationFactor() {
            return 1;
        }

        @Override
        public Optional<List<String>> additionalTopics() {
            return Optional.empty();
        }

        @Override
        public int maxRequestBytes() {
            return 1048576;
        }
    }

    @Test
    void anUnreachableBrokerLeavesTheServiceReadyAndSaysSo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaReadinessCheck check = new KafkaReadinessCheck(new KafkaSettings("127.0.0.1:" + closedPort, new Defaults()));
        try {
            HealthCheckResponse response = check.call();
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(response.getData()).isPresent();
            assertThat(response.getData().get()).containsEntry("broker", "unreachable")
                    .containsEntry("bootstrap", "127.0.0.1:" + closedPort);
        } finally {
            check.close();
        }
    }
}
