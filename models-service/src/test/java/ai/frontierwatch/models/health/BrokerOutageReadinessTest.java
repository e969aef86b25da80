package ai.frontierwatch.models.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.commons.kafka.KafkaReadinessCheck;
import ai.frontierwatch.commons.kafka.KafkaSettings;
import ai.frontierwatch.commons.kafka.TopicProvisioner;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    void anUnreachableBrokerLeavesTheServiceReadyAndSaysSoWithinAProbesTimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaReadinessCheck check = new KafkaReadinessCheck(new KafkaSettings("127.0.0.1:" + closedPort, new Defaults()));
        try {
            // the admin client gives up on an absent broker after seconds; each call answers well within the 1 s
            // a readiness probe waits, with what is known so far
            Map<String, Object> data = await().atMost(Duration.ofSeconds(20)).until(() -> {
                long start = System.nanoTime();
                HealthCheckResponse response = check.call();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
                assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
                assertThat(response.getData()).isPresent();
                return response.getData().get();
            }, d -> "unreachable".equals(d.get("broker")));
            assertThat(data).containsEntry("state", "degraded").containsEntry("bootstrap", "127.0.0.1:" + closedPort)
                    .containsKey("error");
        } finally {
            check.close();
        }
    }
}
