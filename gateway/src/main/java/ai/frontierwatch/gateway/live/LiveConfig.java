package ai.frontierwatch.gateway.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live feed behind subscriptions. */
@ConfigMapping(prefix = "fw.gateway.live")
public interface LiveConfig {

    /** Kafka bootstrap servers the feed reads from. */
    String bootstrapServers();

    /** Events a subscriber may fall behind by; a subscriber further behind gets an error and should resubscribe. */
    @WithDefault("256")
    int subscriberBuffer();

    /** How often missing topics (not yet created) and new partitions are looked for. */
    @WithDefault("10s")
    Duration discoveryInterval();

    /**
     * Subscriptions an anonymous caller may hold at once on one gateway instance, counted per client address over all
     * its connections (partners: {@code fw.gateway.api-keys.<partner>.max-subscriptions}). One more is refused with
     * RATE_LIMITED until one ends.
     */
    @WithDefault("20")
    int maxSubscriptionsPerAddress();
}
