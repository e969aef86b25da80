package ai.frontierwatch.models.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How bulk imports are applied. */
@ConfigMapping(prefix = "fw.import")
public interface ImportConfig {

    /** Rows per transaction: large enough to batch the writes, small enough to keep a failed chunk's retry cheap. */
    @WithDefault("250")
    int chunkSize();

    /**
     * Chunks of results applied at the same time. Chunks that create or change vendors, models or benchmarks always
     * run one at a time.
     */
    @WithDefault("2")
    int parallelChunks();
}
