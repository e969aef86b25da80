package ai.frontierwatch.gateway.live;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the broker behind subscriptions and catalogue freshness, without taking the gateway out of service:
 * queries and mutations do not need Kafka, so a broker outage degrades the gateway (subscriptions pause, cached
 * catalogue entities live out their time bound) but leaves it ready. The state shows in {@code /q/health/ready}
 * ({@code broker: unreachable}) for operators and alerts.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private final LiveConfig config;
    private final LiveFeed feed;
    private volatile Admin admin;

    public KafkaReadinessCheck(LiveConfig config, LiveFeed feed) {
        this.config = config;
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").withData("bootstrap", config.bootstrapServers())
                .withData("partitions", feed.assignedPartitions());
        try {
            String clusterId = admin().describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            return response.withData("broker", "reachable").withData("subscriptions", "live")
                    .withData("clusterId", clusterId).up().build();
        } catch (Exception e) {
            return response.withData("broker", "unreachable").withData("subscriptions", "paused")
                    .withData("error", String.valueOf(e.getCause() != null ? e.getCause() : e)).up().build();
        }
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties props = feed.clientProperties();
                    props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "3000");
                    props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
                    admin = Admin.create(props);
                }
            }
        }
        return admin;
    }
}
