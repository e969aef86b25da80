package ai.frontierwatch.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.localstack.LocalPostgres;
import ai.frontierwatch.localstack.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Two gateway replicas, each with its own store and connections, against one real PostgreSQL. */
class SharedQuotaStoreTest {

    private static final String DATABASE = "gateway_quota_test";
    private static LocalPostgres postgres;

    @BeforeAll
    static void database() {
        postgres = TestInfrastructure.postgres();
        postgres.ensureDatabase(DATABASE);
    }

    @Test
    void twoReplicasSharingTheStoreEnforceOneCombinedQuota() {
        SharedQuotaStore first = new SharedQuotaStore(dataSource(postgres.port()));
        SharedQuotaStore second = new SharedQuotaStore(dataSource(postgres.port()));
        String caller = "partner:" + UUID.randomUUID();
        assertThat(first.acquire(caller, 5)).satisfies(d -> {
            assertThat(d.allowed()).isTrue();
            assertThat(d.remaining()).isEqualTo(4);
            assertThat(d.resetSeconds()).isBetween(1L, 60L);
        });
        assertThat(second.acquire(caller, 5).remaining()).isEqualTo(3);
        assertThat(first.acquire(caller, 5).remaining()).isEqualTo(2);
        assertThat(second.acquire(caller, 5).remaining()).isEqualTo(1);
        assertThat(first.acquire(caller, 5).remaining()).isZero();
        Decision refused = second.acquire(caller, 5);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(first.acquire(caller, 5).allowed()).isFalse();
        // another caller has a quota of its own
        assertThat(second.acquire("anonymous:198.51.100.7", 5).allowed()).isTrue();
    }

    @Test
    void aChangedQuotaStartsAFreshBucket() {
        SharedQuotaStore store = new SharedQuotaStore(dataSource(postgres.port()));
        String caller = "partner:" + UUID.randomUUID();
        store.acquire(caller, 1);
        assertThat(store.acquire(caller, 1).allowed()).isFalse();
        assertThat(store.acquire(caller, 10).remaining()).isEqualTo(9);
        // buckets of callers seen a moment ago are not expired yet
        assertThat(store.removeExpired(100)).isZero();
    }

    @Test
    void anUnreachableStoreFailsOpenToThisReplicasOwnCountAndIsCounted() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        // nothing listens on port 9: every call to the store fails
        FallbackQuotaStore store = new FallbackQuotaStore(new SharedQuotaStore(dataSource(9)),
                new LocalQuotaStore(Clock.systemUTC()), Clock.systemUTC(), Duration.ofMinutes(1), metrics);
        String caller = "anonymous:" + UUID.randomUUID();
        assertThat(store.acquire(caller, 2).allowed()).isTrue();
        assertThat(store.acquire(caller, 2).allowed()).isTrue();
        assertThat(store.acquire(caller, 2).allowed()).as("still limited, per replica").isFalse();
        assertThat(store.degraded()).isTrue();
        assertThat(metrics.get("fw.quota.store.failures").counter().count()).as("the store is left alone after a failure")
                .isEqualTo(1.0);
        assertThat(metrics.get("fw.quota.store.degraded").gauge().value()).isEqualTo(1.0);
    }

    private static PGSimpleDataSource dataSource(int port) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE);
        dataSource.setUser(LocalPostgres.USER);
        dataSource.setConnectTimeout(2);
        return dataSource;
    }
}
