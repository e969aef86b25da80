package ai.frontierwatch.contracts;

/**
 * Kafka topics that carry integration events. Both are compacted on the aggregate key: every event
 * carries the full current state of its aggregate, so the latest event per key is all a replay needs.
 */
public final class Topics {
    /** Vendors, models, benchmarks and benchmark results; owned by models-service. */
    public static final String CATALOG = "fw.catalog.v1";
    /** Articles; owned by articles-service. */
    public static final String ARTICLES = "fw.articles.v1";

    private Topics() {
    }
}
