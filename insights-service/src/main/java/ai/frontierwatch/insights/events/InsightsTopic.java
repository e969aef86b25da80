package ai.frontierwatch.insights.events;

import ai.frontierwatch.commons.kafka.KafkaSettings;
import ai.frontierwatch.commons.kafka.TopicProvisioner;
import ai.frontierwatch.contracts.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/** Creates the topic this service publishes to when topics are created locally (after the startup check). */
@ApplicationScoped
public class InsightsTopic {

    private static final Logger LOG = Logger.getLogger(InsightsTopic.class);

    private final KafkaSettings kafka;
    private final TopicProvisioner.Config topics;

    public InsightsTopic(KafkaSettings kafka, TopicProvisioner.Config topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!topics.createTopics()) {
            return;
        }
        try {
            TopicProvisioner.ensureTopics(kafka, topics, List.of(Topics.INSIGHTS));
        } catch (Exception e) {
            // The outbox keeps the announcements until the topic exists.
            LOG.warnf("Cannot create %s on %s: %s", Topics.INSIGHTS, kafka.bootstrapServers(), e.getMessage());
        }
    }
}
