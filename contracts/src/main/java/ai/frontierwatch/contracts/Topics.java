package ai.frontierwatch.contracts;

/**
 * Kafka topics that carry integration events, all compacted on the aggregate key. Catalogue and article
 * events carry the full current state of their aggregate, so the latest event per key is all a replay needs.
 */
public final class Topics {
    /** Vendors, models, benchmarks and benchmark results; owned by models-service. */
    public static final String CATALOG = "fw.catalog.v1";
    /** Articles; owned by articles-service. */
    public static final String ARTICLES = "fw.articles.v1";
    /** What insights-service derives and announces (new state of the art, conflicting claims); owned by it. */
    public static final String INSIGHTS = "fw.insights.v1";

    private Topics() {
    }
}
