package ai.frontierwatch.gateway.mutations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** As ./run starts the gateway, profiles included, but without the development switch. */
@QuarkusTest
@TestProfile(DevCredentials.ProductionWithLocalExtras.class)
class DevCredentialsInProductionTest {

    @Test
    void theDevelopmentTokenIsRefusedInProductionEvenWithTheLocalProfile() throws Exception {
        DevCredentials.refused();
    }
}
