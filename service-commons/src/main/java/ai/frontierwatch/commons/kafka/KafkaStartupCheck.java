package ai.frontierwatch.commons.kafka;

import ai.frontierwatch.contracts.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.jboss.logging.Logger;

/**
 * Makes sure the event topics exist once the broker answers. A broker that is away at startup does not stop the
 * service: writes go to the outbox, which delivers them when the broker is back, so the check says so in one
 * line and keeps trying in the background.
 */
@ApplicationScoped
public class KafkaStartupCheck {

    private static final Logger LOG = Logger.getLogger(KafkaStartupCheck.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final KafkaSettings kafka;
    private final TopicProvisioner.Config topics;
    private volatile Thread retrying;

    public KafkaStartupCheck(KafkaSettings kafka, TopicProvisioner.Config topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (prepare(true)) {
            return;
        }
        retrying = Thread.ofVirtual().name("kafka-startup-check").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(RETRY);
                } catch (InterruptedException e) {
                    return;
                }
                if (prepare(false)) {
                    LOG.infof("Kafka is reachable at %s; event topics are in place", kafka.bootstrapServers());
                    return;
                }
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = retrying;
        if (t != null) {
            t.interrupt();
        }
    }

    /** True when the broker answered and the topics exist; logs why not on the first failure only. */
    private boolean prepare(boolean first) {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            admin.describeCluster().clusterId().get(15, TimeUnit.SECONDS);
            if (topics.createTopics()) {
                List<String> names = new ArrayList<>(List.of(Topics.CATALOG, Topics.ARTICLES));
                topics.additionalTopics().ifPresent(names::addAll);
                TopicProvisioner.ensureTopics(kafka, topics, names);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            if (first) {
                LOG.warnf("Kafka is not reachable at %s (set KAFKA_BOOTSTRAP_SERVERS): %s; starting anyway, events wait"
                        + " in the outbox and the topics are checked every %d s", kafka.bootstrapServers(),
                        e.getCause() != null ? e.getCause().getMessage() : e.toString(), RETRY.toSeconds());
            }
            return false;
        }
    }
}
