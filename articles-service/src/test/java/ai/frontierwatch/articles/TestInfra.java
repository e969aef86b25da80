package ai.frontierwatch.articles;

import ai.frontierwatch.localstack.LocalInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against one real PostgreSQL database and one real Kafka broker. */
@QuarkusTestResource(value = LocalInfraResource.class, initArgs = @ResourceArg(name = "database", value = "articles"))
public final class TestInfra {
    private TestInfra() {
    }
}
