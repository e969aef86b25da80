package ai.frontierwatch.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "fw.outbox")
public interface OutboxConfig {

    /** Whether this instance relays the outbox to Kafka (every replica may; rows are locked per batch). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows sent per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** Longest wait between two looks at the outbox when nobody signals a commit. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Longest pause after a failed send (the pause doubles from pollInterval up to this). */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long one send may take before the batch is rolled back and retried. */
    @WithDefault("10s")
    Duration sendTimeout();
}
