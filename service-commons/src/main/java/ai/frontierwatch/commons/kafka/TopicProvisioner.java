package ai.frontierwatch.commons.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the event topics when they are missing (locally and in tests; on Kubernetes the Strimzi
 * KafkaTopic resources own them and this is switched off). Topics are compacted on the aggregate key
 * and never expire by time, so a replay from the beginning sees the last state of every aggregate.
 */
public final class TopicProvisioner {

    @ConfigMapping(prefix = "fw.kafka")
    public interface Config {
        /** Create missing topics at startup. */
        @WithDefault("true")
        boolean createTopics();

        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        /** Topics this service publishes to besides the catalogue and article topics (insights: its own). */
        java.util.Optional<List<String>> additionalTopics();

        /**
         * Largest record this service's producer sends ({@code max.request.size}, FW_KAFKA_MAX_REQUEST_BYTES); larger
         * events are refused when written. Keep it at or below the topics' {@code max.message.bytes}.
         */
        @WithDefault("1048576")
        int maxRequestBytes();
    }

    /** Topic settings that make replays complete; shared with the Kubernetes manifests' tests. */
    public static final Map<String, String> TOPIC_CONFIG = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "3600000");

    private TopicProvisioner() {
    }

    public static void ensureTopics(KafkaSettings kafka, Config config, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, config.partitions(), config.replicationFactor()).configs(TOPIC_CONFIG))
                    .toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
