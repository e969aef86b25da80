package ai.frontierwatch.insights.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of serialized leaderboards and histories ({@link BoardCache}). */
@ConfigMapping(prefix = "fw.insights.board-cache")
public interface BoardCacheConfig {

    /** Most bytes of serialized answers kept, least used dropped first; 0 turns the cache off. */
    @WithDefault("67108864")
    long maxBytes();
}
