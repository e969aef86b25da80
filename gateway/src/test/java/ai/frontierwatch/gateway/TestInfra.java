package ai.frontierwatch.gateway;

import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.localstack.LocalKafka;
import ai.frontierwatch.localstack.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Every test of this module runs against one real Kafka broker (the subscriptions' feed); downstream services
 * are not started (a closed port stands for them, see application.properties).
 */
@QuarkusTestResource(TestInfra.LiveKafka.class)
public final class TestInfra {

    private TestInfra() {
    }

    /** The broker, with the topics the feed reads created as their owners would create them. */
    public static class LiveKafka implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            LocalKafka kafka = TestInfrastructure.kafka();
            Properties props = new Properties();
            props.put("bootstrap.servers", kafka.bootstrapServers());
            try (Admin admin = Admin.create(props)) {
                Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                List<NewTopic> missing = List.of(Topics.ARTICLES, Topics.INSIGHTS, Topics.CATALOG).stream()
                        .filter(t -> !existing.contains(t)).map(t -> new NewTopic(t, 3, (short) 1)).toList();
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the test topics", e);
            }
            return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
        }

        @Override
        public void stop() {
            // Shared by every test class of the module; stopped when the JVM exits.
        }
    }
}
