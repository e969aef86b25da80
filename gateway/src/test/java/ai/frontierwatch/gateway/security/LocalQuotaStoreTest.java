package ai.frontierwatch.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.gateway.quota.Decision;
import ai.frontierwatch.gateway.quota.LocalQuotaStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalQuotaStoreTest {

    @Test
    void aWindowAllowsItsQuotaThenSaysWhenTheNextOneOpens() {
        Clock at = Clock.fixed(Instant.parse("2026-01-01T10:00:45Z"), ZoneOffset.UTC);
        LocalQuotaStore limiter = new LocalQuotaStore(at);
        assertThat(limiter.acquire("a", 2)).isEqualTo(new Decision(true, 1, 15));
        assertThat(limiter.acquire("a", 2)).isEqualTo(new Decision(true, 0, 15));
        Decision over = limiter.acquire("a", 2);
        assertThat(over).isEqualTo(new Decision(false, 0, 15));
        assertThat(over.retryAfterSeconds()).isEqualTo(15);
        assertThat(limiter.acquire("b", 2).allowed()).isTrue();
    }

    @Test
    void keysAreComparedByTheirHashOnly() {
        assertThat(ApiKeyRegistry.sha256("acme-test-key"))
                .isEqualTo("ebfbfd0414bb0cb52b149c7596a65b6892c759178bdc540e50a3c9b3575775e3");
    }
}
