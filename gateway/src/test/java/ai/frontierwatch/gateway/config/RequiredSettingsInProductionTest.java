package ai.frontierwatch.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** Started in the prod profile without its settings, the gateway stops at once and says which are missing, in one line. */
@QuarkusMainTest
@TestProfile(RequiredSettingsInProductionTest.Production.class)
class RequiredSettingsInProductionTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    @Launch(value = {}, exitCode = 1)
    void withoutItsSettingsTheGatewayRefusesToStartNamingThem(LaunchResult result) {
        // The module's test resources give it a Kafka broker; nothing gives it the rest.
        assertThat(result.getErrorOutput().lines().filter(l -> l.startsWith("Cannot start:"))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("Cannot start: required settings missing: MODELS_SERVICE_URL "
                        + "(quarkus.rest-client.models.url), ARTICLES_SERVICE_URL (quarkus.rest-client.articles.url), "
                        + "INSIGHTS_SERVICE_URL (quarkus.rest-client.insights.url), ")
                        .endsWith("FW_JWT_ISSUER (mp.jwt.verify.issuer), FW_JWT_PUBLIC_KEY_LOCATION (mp.jwt.verify.publickey.location)"));
        assertThat(result.getErrorOutput()).as("stopped before anything used the settings").doesNotContain("Exception");
    }
}
