package ai.frontierwatch.contracts;

/** The kinds of entity whose changes are published. */
public enum Aggregate {
    VENDOR(Topics.CATALOG),
    MODEL(Topics.CATALOG),
    BENCHMARK(Topics.CATALOG),
    BENCHMARK_RESULT(Topics.CATALOG),
    ARTICLE(Topics.ARTICLES),
    /** A benchmark's leaderboards, keyed by benchmark id so its changes stay in order on one partition. */
    LEADERBOARD(Topics.INSIGHTS),
    /** A claim an article makes, keyed by claim id. */
    CLAIM(Topics.INSIGHTS);

    private final String topic;

    Aggregate(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    public String keyPrefix() {
        return name().toLowerCase() + ":";
    }
}
