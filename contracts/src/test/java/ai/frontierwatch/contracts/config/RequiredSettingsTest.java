package ai.frontierwatch.contracts.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

    /** The shape of a service's application.properties: laptop defaults, none in prod. */
    private static final Map<String, String> PROPERTIES = Map.of(
            "quarkus.datasource.jdbc.url", "${DB_URL:jdbc:postgresql://localhost:15432/models}",
            "quarkus.datasource.password", "${DB_PASSWORD:}",
            "%prod.quarkus.datasource.jdbc.url", "${DB_URL:}",
            "%prod.quarkus.datasource.password", "${DB_PASSWORD:}",
            "%prod.kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS}",
            "%prod.fw.required-settings", "quarkus.datasource.jdbc.url, quarkus.datasource.password,kafka.bootstrap.servers",
            "%local.fw.required-settings", "quarkus.datasource.jdbc.url",
            "%staging.fw.required-settings", "");

    private static SmallRyeConfig config(String profile, Map<String, String> environment) {
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(PROPERTIES, "application.properties", 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }

    @Test
    void prodWithoutItsSettingsNamesEachMissingOneByItsVariableInOneLine() {
        SmallRyeConfig config = config("prod", Map.of());
        assertThat(RequiredSettings.missing(config::getConfigValue)).hasValue("Cannot start: required settings missing: "
                + "DB_URL (quarkus.datasource.jdbc.url), DB_PASSWORD (quarkus.datasource.password), "
                + "KAFKA_BOOTSTRAP_SERVERS (kafka.bootstrap.servers)");
    }

    @Test
    void anEmptyValueIsMissingAndTheLaptopDefaultIsNotUsedInProd() {
        SmallRyeConfig config = config("prod", Map.of("DB_URL", "jdbc:postgresql://db:5432/models", "DB_PASSWORD", " ",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));
        assertThat(RequiredSettings.missing(config::getConfigValue))
                .hasValue("Cannot start: required settings missing: DB_PASSWORD (quarkus.datasource.password)");
        assertThat(config(("prod"), Map.of()).getOptionalValue("quarkus.datasource.jdbc.url", String.class)).isEmpty();
    }

    @Test
    void prodWithEverySettingStarts() {
        SmallRyeConfig config = config("prod", Map.of("DB_URL", "jdbc:postgresql://db:5432/models", "DB_PASSWORD", "secret",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));
        assertThat(RequiredSettings.missing(config::getConfigValue)).isEmpty();
    }

    @Test
    void aProfileThatRequiresNothingOrLessStarts() {
        assertThat(RequiredSettings.missing(config("test", Map.of())::getConfigValue)).isEmpty();
        assertThat(RequiredSettings.missing(config("dev", Map.of())::getConfigValue)).isEmpty();
        SmallRyeConfig local = config("prod,local", Map.of("DB_URL", "jdbc:postgresql://localhost:15432/models"));
        assertThat(RequiredSettings.missing(local::getConfigValue)).isEmpty();
        assertThat(RequiredSettings.missing(config("prod,staging", Map.of())::getConfigValue)).as("an empty list").isEmpty();
    }

    @Test
    void quarkusFindsTheCheckAmongTheConfigurationInterceptors() {
        assertThat(ServiceLoader.load(ConfigSourceInterceptorFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(RequiredSettings.class);
    }
}
