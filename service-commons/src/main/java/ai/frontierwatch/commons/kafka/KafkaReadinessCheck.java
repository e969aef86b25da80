package ai.frontierwatch.commons.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the broker in readiness without depending on it: while the broker is away writes are still accepted
 * (they wait in the outbox, whose backlog {@code fw_outbox_pending} shows), so taking every replica out of the
 * Service would only turn a broker outage into a full outage. The check stays UP and says {@code state: degraded}
 * with {@code broker: unreachable}.
 *
 * <p>An absent broker answers nothing until the admin client's timeout (seconds), longer than a readiness probe
 * waits (1 s by default): a probe of the broker runs in the background, one at a time, and a call reports the
 * latest answer, waiting for the running probe only briefly.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    static final Duration WAIT = Duration.ofMillis(400);

    /** What the last finished probe saw: the cluster's id, or why the broker did not answer. */
    private record Answer(String clusterId, Throwable error) {
    }

    private final KafkaSettings kafka;
    private Admin admin;
    private KafkaFuture<Void> probe;
    private volatile Answer last;

    public KafkaReadinessCheck(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            probe().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // still running or failed: the answer recorded so far is reported
        }
        return describe(last).up().build();
    }

    private HealthCheckResponseBuilder describe(Answer answer) {
        var response = HealthCheckResponse.named("kafka").withData("bootstrap", kafka.bootstrapServers());
        if (answer == null) {
            return response.withData("broker", "unknown").withData("state", "degraded");
        }
        if (answer.error() != null) {
            Throwable cause = answer.error().getCause() != null ? answer.error().getCause() : answer.error();
            return response.withData("broker", "unreachable").withData("state", "degraded")
                    .withData("error", String.valueOf(cause));
        }
        return response.withData("broker", "reachable").withData("state", "ok").withData("clusterId", answer.clusterId());
    }

    /** The running probe, or a new one when the last has finished. */
    private synchronized KafkaFuture<Void> probe() {
        if (probe == null || probe.isDone()) {
            try {
                probe = admin().describeCluster().clusterId()
                        .whenComplete((clusterId, error) -> last = new Answer(clusterId, error))
                        .thenApply(clusterId -> null);
            } catch (RuntimeException e) {
                last = new Answer(null, e);
                probe = KafkaFuture.completedFuture(null);
            }
        }
        return probe;
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafka.adminProperties());
        }
        return admin;
    }

    @PreDestroy
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
