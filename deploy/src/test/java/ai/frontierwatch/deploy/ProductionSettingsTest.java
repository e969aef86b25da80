package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.contracts.config.RequiredSettings;
import ai.frontierwatch.deploy.support.Environment;
import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.ServiceModule;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's prod profile stops the start when a required setting is missing (RequiredSettings, configured in
 * its application.properties); the manifests give every one of them, read with the service's own configuration.
 */
class ProductionSettingsTest {

    static List<Manifests> overlays() {
        return Kustomize.overlays();
    }

    @Test
    void withoutTheirEnvironmentTheServicesRefuseToStartNamingEachMissingSetting() {
        Map<String, List<String>> expected = Map.of(
                "models-service", List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS"),
                "articles-service", List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS"),
                "insights-service", List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MODELS_SERVICE_URL",
                        "FW_OPERATOR_TOKEN"),
                "gateway", List.of("MODELS_SERVICE_URL", "ARTICLES_SERVICE_URL", "INSIGHTS_SERVICE_URL",
                        "KAFKA_BOOTSTRAP_SERVERS", "FW_JWT_ISSUER", "FW_JWT_PUBLIC_KEY_LOCATION"));
        for (ServiceModule service : ServiceModule.all()) {
            Optional<String> line = missing(service, "prod", Map.of());
            assertThat(line).as(service.name()).isPresent();
            assertThat(line.get()).as(service.name()).startsWith("Cannot start: required settings missing: ").doesNotContain("\n");
            for (String variable : expected.get(service.name())) {
                assertThat(line.get()).as(service.name()).contains(variable + " (");
            }
            assertThat(line.get().split("\\), ")).as(service.name()).hasSize(expected.get(service.name()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySettingAServiceRequiresInProductionIsGivenByTheOverlay(Manifests rendered) {
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, String> env = Environment.of(rendered, rendered.get("Deployment", service.name()));
            assertThat(missing(service, "prod", env)).as(rendered.name() + " " + service.name()).isEmpty();
        }
    }

    @Test
    void aLocalRunKeepsTheLaptopsDefaultsAndRequiresNothing() {
        for (ServiceModule service : ServiceModule.all()) {
            assertThat(missing(service, "prod,local", Map.of())).as(service.name()).isEmpty();
            assertThat(config(service, "prod,local", Map.of()).getOptionalValue("kafka.bootstrap.servers", String.class))
                    .as(service.name()).hasValue("localhost:19092");
        }
    }

    @Test
    void theLaptopDefaultsAreNotUsedInProduction() {
        for (ServiceModule service : ServiceModule.all()) {
            SmallRyeConfig config = config(service, "prod", Map.of());
            for (String key : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.password", "kafka.bootstrap.servers",
                    "quarkus.rest-client.models.url")) {
                assertThat(config.getOptionalValue(key, String.class).orElse("")).as(service.name() + " " + key)
                        .doesNotContain("localhost");
            }
        }
    }

    private static Optional<String> missing(ServiceModule service, String profile, Map<String, String> env) {
        return RequiredSettings.missing(config(service, profile, env)::getConfigValue);
    }

    /** The service's application.properties and an environment, as Quarkus combines them (environment first). */
    private static SmallRyeConfig config(ServiceModule service, String profile, Map<String, String> env) {
        Map<String, String> properties = new HashMap<>();
        service.properties().stringPropertyNames().forEach(k -> properties.put(k, service.properties().getProperty(k)));
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new PropertiesConfigSource(env, "environment", 300))
                .build();
    }
}
