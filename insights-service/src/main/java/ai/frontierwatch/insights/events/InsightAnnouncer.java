package ai.frontierwatch.insights.events;

import ai.frontierwatch.insights.claims.ExtractedClaim;
import ai.frontierwatch.insights.repository.ResultStore.BoardKey;
import ai.frontierwatch.insights.repository.AdminStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Turns an applied catalogue or article change into announcements on fw.insights.v1, in the transaction that
 * applied it (through the outbox: announced if and only if the change commits). Called only for changes applied
 * for the first time, with what the change touched, so that only that is checked. While a rebuild replays the
 * topics the derived state is being reconstructed, not changing: what is seen then is recorded as already
 * announced, and nothing is published, by any instance (the rebuild's lease is in the database, read only when
 * there is something to publish).
 */
@ApplicationScoped
public class InsightAnnouncer {

    private final LeaderAnnouncer leaders;
    private final ConflictAnnouncer conflicts;
    private final AdminStore admin;

    public InsightAnnouncer(LeaderAnnouncer leaders, ConflictAnnouncer conflicts, AdminStore admin) {
        this.leaders = leaders;
        this.conflicts = conflicts;
        this.admin = admin;
    }

    /** Whether to publish, asked at most once per change and only when there is something to publish. */
    private BooleanSupplier announce() {
        return new BooleanSupplier() {
            private Boolean answer;

            @Override
            public boolean getAsBoolean() {
                if (answer == null) {
                    answer = !admin.rebuildRunning();
                }
                return answer;
            }
        };
    }

    /** An article was (re-)derived from its own event: the claims just written may contradict the record. */
    public void afterArticle(String articleId, OffsetDateTime publishedAt,
            List<ExtractedClaim> claims) {
        conflicts.checkArticle(articleId, publishedAt, claims, announce());
    }

    /**
     * A result was written or deleted; {@code before}/{@code now} are the board keys it was and is live under
     * (null: none), whose best results are current. Leaders of those boards, and claims about the model on the
     * benchmark, may have changed.
     */
    public void afterResult(String resultId, BoardKey before, BoardKey now) {
        BooleanSupplier announce = announce();
        Map<String, Set<String>> boards = new LinkedHashMap<>();
        for (BoardKey key : new BoardKey[] {now, before}) {
            if (key != null) {
                boards.computeIfAbsent(key.benchmarkId(), b -> new LinkedHashSet<>()).add(key.conditions());
            }
        }
        boards.forEach((benchmark, conditions) ->
                leaders.check(benchmark, new ArrayList<>(conditions), resultId, announce));
        if (now != null) {
            conflicts.checkModelOnBenchmark(now.modelId(), now.benchmarkId(), announce);
        }
    }

    /** A benchmark changed (its direction of "better", its names): all its boards and the claims naming it. */
    public void afterBenchmark(String benchmarkId) {
        BooleanSupplier announce = announce();
        leaders.check(benchmarkId, null, null, announce);
        conflicts.checkEntity(benchmarkId, announce);
    }

    /** A model changed: claims naming it may now resolve to it, or no longer. */
    public void afterModel(String modelId) {
        conflicts.checkEntity(modelId, announce());
    }
}
