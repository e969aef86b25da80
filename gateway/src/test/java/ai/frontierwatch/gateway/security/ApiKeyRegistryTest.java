package ai.frontierwatch.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.frontierwatch.gateway.config.GatewayConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The partner key formats: the single hash of old, named keys for rotation, revocation of one key or all. */
class ApiKeyRegistryTest {

    private static final String OLD = ApiKeyRegistry.sha256("old-key");
    private static final String NEW = ApiKeyRegistry.sha256("new-key");

    @Test
    void theSingleHashFormStillWorksAlongsideNamedKeys() {
        ApiKeyRegistry keys = registry(Map.of(
                "fw.gateway.api-keys.acme.sha256", OLD,
                "fw.gateway.api-keys.acme.requests-per-minute", "7",
                "fw.gateway.api-keys.acme.keys.2026-06.sha256", NEW.toUpperCase()));
        assertThat(keys.find("old-key")).hasValue(new ApiKeyRegistry.Partner("acme", 7, "sha256", false));
        assertThat(keys.find("new-key")).hasValue(new ApiKeyRegistry.Partner("acme", 7, "2026-06", false));
        assertThat(keys.find("other-key")).isEmpty();
    }

    @Test
    void oneKeyIsRevokedAloneOrThePartnerAltogether() {
        ApiKeyRegistry one = registry(Map.of(
                "fw.gateway.api-keys.acme.keys.2026-01.sha256", OLD,
                "fw.gateway.api-keys.acme.keys.2026-01.revoked", "true",
                "fw.gateway.api-keys.acme.keys.2026-06.sha256", NEW));
        assertThat(one.find("old-key").orElseThrow().revoked()).isTrue();
        assertThat(one.find("new-key").orElseThrow().revoked()).isFalse();
        ApiKeyRegistry all = registry(Map.of(
                "fw.gateway.api-keys.acme.sha256", OLD,
                "fw.gateway.api-keys.acme.revoked", "true",
                "fw.gateway.api-keys.acme.keys.2026-06.sha256", NEW));
        assertThat(all.find("old-key").orElseThrow().revoked()).isTrue();
        assertThat(all.find("new-key").orElseThrow().revoked()).isTrue();
    }

    @Test
    void aKeyHashOfTwoPartnersOrAPartnerWithoutKeyStopsTheStart() {
        assertThatThrownBy(() -> registry(Map.of(
                "fw.gateway.api-keys.acme.sha256", OLD,
                "fw.gateway.api-keys.other.keys.k.sha256", OLD)))
                .hasMessageContaining("same key hash");
        assertThatThrownBy(() -> registry(Map.of("fw.gateway.api-keys.acme.requests-per-minute", "5")))
                .hasMessageContaining("Partner 'acme' has no key");
    }

    private static ApiKeyRegistry registry(Map<String, String> properties) {
        // durations as Quarkus writes them ("30s")
        GatewayConfig config = new SmallRyeConfigBuilder().withMapping(GatewayConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build()
                .getConfigMapping(GatewayConfig.class);
        return new ApiKeyRegistry(config);
    }
}
