package ai.frontierwatch.gateway.mutations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DevCredentials.Staging.class)
class DevCredentialsInStagingTest {

    @Test
    void theDevelopmentTokenIsRefusedInStaging() throws Exception {
        DevCredentials.refused();
    }
}
