package ai.frontierwatch.gateway.quota;

import ai.frontierwatch.gateway.config.GatewayConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Picks where quotas are counted: the shared PostgreSQL store when the gateway's database is configured
 * ({@code DB_URL}, datasource {@code quota}), else this replica's memory, which is right for one instance only and
 * said so at start.
 */
@ApplicationScoped
public class QuotaStores {

    public static final String DATASOURCE = "quota";
    private static final Logger LOG = Logger.getLogger(QuotaStores.class);
    private static final int EXPIRED_PER_PASS = 1000;

    private Long cleanupTimer;

    @Produces
    @Singleton
    QuotaStore store(@DataSource(DATASOURCE) InjectableInstance<AgroalDataSource> dataSource, GatewayConfig config,
            MeterRegistry metrics, Vertx vertx) {
        LocalQuotaStore local = new LocalQuotaStore(Clock.systemUTC());
        if (!dataSource.getHandle().getBean().isActive()) {
            LOG.warn("No quota store configured (DB_URL): quotas are counted in this instance's memory, per replica");
            return local;
        }
        SharedQuotaStore shared = new SharedQuotaStore(dataSource.get());
        LOG.info("Quotas are counted in the shared PostgreSQL store, across replicas");
        cleanupTimer = vertx.setPeriodic(config.quotaStore().cleanupInterval().toMillis(),
                id -> vertx.executeBlocking(() -> shared.removeExpired(EXPIRED_PER_PASS), false)
                        .onFailure(e -> LOG.debugf("Expired quota buckets not removed: %s", e.getMessage())));
        return new FallbackQuotaStore(shared, local, Clock.systemUTC(), config.quotaStore().retryAfterFailure(), metrics);
    }

    void stop(@Observes ShutdownEvent event, Vertx vertx) {
        if (cleanupTimer != null) {
            vertx.cancelTimer(cleanupTimer);
        }
    }
}
