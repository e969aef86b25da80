package ai.frontierwatch.models.domain;

/** The kinds of catalogue entity a name can resolve to. */
public enum EntityKind {
    VENDOR, MODEL, BENCHMARK
}
