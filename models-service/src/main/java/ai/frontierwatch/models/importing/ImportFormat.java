package ai.frontierwatch.models.importing;

/**
 * File formats recognised from their content. Declared in processing order: entities before the results
 * that refer to them (results before benchmark metadata, so a benchmark takes the unit its scores
 * show), metadata that enriches models after the files that create them.
 */
public enum ImportFormat {
    FRONTIER_WATCH_CATALOG,
    EPOCH_MODEL_VERSIONS,
    EPOCH_CAPABILITIES_INDEX,
    LIVEBENCH_CATEGORIES,
    EPOCH_BENCHMARK_RUNS,
    EPOCH_EXTERNAL_BENCHMARK,
    EPOCH_BENCHMARK_METADATA,
    LMARENA_LEADERBOARD,
    LIVEBENCH_TABLE,
    LMARENA_MODEL_METADATA,
    EPOCH_DISTILLED_MODELS,
    UNKNOWN
}
