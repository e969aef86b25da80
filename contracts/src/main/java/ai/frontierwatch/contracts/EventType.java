package ai.frontierwatch.contracts;

import ai.frontierwatch.contracts.articles.ArticleDeleted;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.EntityDeleted;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.contracts.insights.ClaimConflictDetected;
import ai.frontierwatch.contracts.insights.StateOfTheArtChanged;

/** Every event the system publishes, with the aggregate it concerns and the record its payload maps to. */
public enum EventType {
    VENDOR_UPSERTED(Aggregate.VENDOR, VendorState.class),
    VENDOR_DELETED(Aggregate.VENDOR, EntityDeleted.class),
    MODEL_UPSERTED(Aggregate.MODEL, ModelState.class),
    MODEL_DELETED(Aggregate.MODEL, EntityDeleted.class),
    BENCHMARK_UPSERTED(Aggregate.BENCHMARK, BenchmarkState.class),
    BENCHMARK_DELETED(Aggregate.BENCHMARK, EntityDeleted.class),
    BENCHMARK_RESULT_UPSERTED(Aggregate.BENCHMARK_RESULT, BenchmarkResultState.class),
    BENCHMARK_RESULT_DELETED(Aggregate.BENCHMARK_RESULT, EntityDeleted.class),
    ARTICLE_PUBLISHED(Aggregate.ARTICLE, ArticleState.class),
    ARTICLE_UPDATED(Aggregate.ARTICLE, ArticleState.class),
    ARTICLE_DELETED(Aggregate.ARTICLE, ArticleDeleted.class),
    STATE_OF_THE_ART_CHANGED(Aggregate.LEADERBOARD, StateOfTheArtChanged.class),
    CLAIM_CONFLICT_DETECTED(Aggregate.CLAIM, ClaimConflictDetected.class);

    /** Current payload schema version of every type; bump per type when a payload changes shape. */
    public static final int SCHEMA_VERSION = 1;

    private final Aggregate aggregate;
    private final Class<? extends Record> payloadType;

    EventType(Aggregate aggregate, Class<? extends Record> payloadType) {
        this.aggregate = aggregate;
        this.payloadType = payloadType;
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    public Class<? extends Record> payloadType() {
        return payloadType;
    }

    public String topic() {
        return aggregate.topic();
    }
}
