package ai.frontierwatch.models.health;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.commons.kafka.KafkaReadinessCheck;
import ai.frontierwatch.commons.kafka.KafkaSettings;
import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** A broker outage shows in readiness without taking the service out: writes wait in the outbox. */
class BrokerOutageReadinessTest {

    @Test
    void anUnreachableBrokerLeavesTheServiceReadyAndSaysSo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaReadinessCheck check = new KafkaReadinessCheck(new KafkaSettings("127.0.0.1:" + closedPort));
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
