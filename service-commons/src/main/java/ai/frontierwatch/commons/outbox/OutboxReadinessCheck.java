package ai.frontierwatch.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox without taking the service out of service: parked events ({@code outbox_dead_letter}) need an
 * operator but do not stop the service from answering or from publishing the rest, so they show as
 * {@code state: degraded} with their count, and the check stays UP (every replica shares the table: failing
 * readiness would take them all out). A broker outage is the Kafka check's to report.
 */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxReadinessCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        long parked = relay.deadLetters();
        return HealthCheckResponse.named("outbox")
                .withData("state", parked > 0 ? "degraded" : "ok")
                .withData("relay", !relay.enabled() ? "disabled" : relay.healthy() ? "publishing" : "retrying")
                .withData("pending", relay.pending())
                .withData("parked", parked)
                .up().build();
    }
}
