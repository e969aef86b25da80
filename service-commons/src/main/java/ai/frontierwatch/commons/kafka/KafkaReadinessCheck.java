package ai.frontierwatch.commons.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the broker in readiness without depending on it: while the broker is away writes are still accepted
 * (they wait in the outbox, whose backlog {@code fw_outbox_pending} shows), so taking every replica out of the
 * Service would only turn a broker outage into a full outage. The check's data says whether the broker answers.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private final KafkaSettings kafka;
    private volatile Admin admin;

    public KafkaReadinessCheck(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").withData("bootstrap", kafka.bootstrapServers());
        try {
            String clusterId = admin().describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            return response.withData("broker", "reachable").withData("clusterId", clusterId).up().build();
        } catch (Exception e) {
            return response.withData("broker", "unreachable")
                    .withData("error", String.valueOf(e.getCause() != null ? e.getCause() : e)).up().build();
        }
    }

    @jakarta.annotation.PreDestroy
    public void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(kafka.adminProperties());
                }
            }
        }
        return admin;
    }
}
