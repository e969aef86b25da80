package ai.frontierwatch.insights.domain;

/** Catalogue entities that can be named in an article. */
public enum EntityKind {
    MODEL, VENDOR, BENCHMARK
}
