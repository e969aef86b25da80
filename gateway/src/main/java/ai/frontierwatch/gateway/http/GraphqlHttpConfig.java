package ai.frontierwatch.gateway.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How one GraphQL request over HTTP is bounded. */
@ConfigMapping(prefix = "fw.graphql")
public interface GraphqlHttpConfig {

    /**
     * The longest a whole operation may take, however many downstream calls it makes; past it the client gets
     * a TIMEOUT error instead of waiting.
     */
    @WithDefault("10s")
    Duration operationTimeout();

    /** The largest request body read; a larger one is refused with 413 and REQUEST_TOO_LARGE. */
    @WithDefault("64K")
    io.quarkus.runtime.configuration.MemorySize maxBody();
}
