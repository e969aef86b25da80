package ai.frontierwatch.gateway.quota;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says where quotas are counted, without taking the gateway out of service: a failing store degrades quotas to
 * per-replica counts ({@link FallbackQuotaStore}) but leaves the gateway ready. {@code /q/health/ready} shows the
 * {@code quota-store} check with {@code counted: shared|per-replica} and {@code state: ok|degraded}.
 */
@Readiness
@ApplicationScoped
public class QuotaStoreCheck implements HealthCheck {

    private final QuotaStore store;

    public QuotaStoreCheck(QuotaStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("quota-store");
        if (!(store instanceof FallbackQuotaStore shared)) {
            return response.withData("counted", "per-replica").withData("state", "ok").up().build();
        }
        return response.withData("counted", shared.degraded() ? "per-replica" : "shared")
                .withData("state", shared.degraded() ? "degraded" : "ok").up().build();
    }
}
