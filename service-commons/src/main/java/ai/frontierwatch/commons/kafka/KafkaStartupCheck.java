package ai.frontierwatch.commons.kafka;

import ai.frontierwatch.contracts.Topics;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.jboss.logging.Logger;

/**
 * Fails fast, with one line that names the problem, when Kafka cannot be reached at startup; then
 * makes sure the event topics exist.
 */
@ApplicationScoped
public class KafkaStartupCheck {

    private static final Logger LOG = Logger.getLogger(KafkaStartupCheck.class);

    private final KafkaSettings kafka;
    private final TopicProvisioner.Config topics;

    public KafkaStartupCheck(KafkaSettings kafka, TopicProvisioner.Config topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            admin.describeCluster().clusterId().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.errorf("Kafka is not reachable at %s (set KAFKA_BOOTSTRAP_SERVERS): %s",
                    kafka.bootstrapServers(), e.getCause() != null ? e.getCause().getMessage() : e.toString());
            Quarkus.asyncExit(3);
            return;
        }
        if (topics.createTopics()) {
            try {
                TopicProvisioner.ensureTopics(kafka, topics, List.of(Topics.CATALOG, Topics.ARTICLES));
            } catch (Exception e) {
                LOG.errorf("Cannot create the event topics on %s: %s", kafka.bootstrapServers(), e.getMessage());
                Quarkus.asyncExit(3);
            }
        }
    }
}
