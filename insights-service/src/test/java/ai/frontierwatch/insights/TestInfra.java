package ai.frontierwatch.insights;

import ai.frontierwatch.insights.support.RecordingModelsServer;
import ai.frontierwatch.localstack.LocalInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against one real PostgreSQL database and one real Kafka broker. The
 * models-service URL points at a small recording HTTP server: it checks how accepted claims are sent, not
 * models-service itself (the end-to-end tests do that).
 */
@QuarkusTestResource(value = LocalInfraResource.class, initArgs = @ResourceArg(name = "database", value = "insights"))
@QuarkusTestResource(RecordingModelsServer.class)
public final class TestInfra {
    private TestInfra() {
    }
}
