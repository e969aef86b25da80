package ai.frontierwatch.insights.events;

import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.service.CatalogueCache;
import ai.frontierwatch.insights.service.RebuildService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an applied catalogue or article event into announcements on fw.insights.v1, in the transaction that
 * applied it (through the outbox: announced if and only if the change commits). Called only for events applied
 * for the first time. While a rebuild replays the topics the derived state is being reconstructed, not changing:
 * what is seen then is recorded as already announced, and nothing is published.
 */
@ApplicationScoped
public class InsightAnnouncer {

    private final LeaderAnnouncer leaders;
    private final ConflictAnnouncer conflicts;
    private final AnnouncementStore store;
    private final CatalogueCache catalogue;
    private final RebuildService rebuild;

    public InsightAnnouncer(LeaderAnnouncer leaders, ConflictAnnouncer conflicts, AnnouncementStore store,
            CatalogueCache catalogue, RebuildService rebuild) {
        this.leaders = leaders;
        this.conflicts = conflicts;
        this.store = store;
        this.catalogue = catalogue;
        this.rebuild = rebuild;
    }

    public void afterApplied(EventEnvelope event) {
        boolean announce = !"RUNNING".equals(rebuild.status().state());
        Catalogue current = catalogue.current();
        String id = event.aggregateId();
        switch (event.type().aggregate()) {
            case ARTICLE -> {
                if (event.type() != EventType.ARTICLE_DELETED) {
                    conflicts.checkArticle(current, id, announce);
                }
            }
            case BENCHMARK_RESULT -> {
                store.benchmarkOf(id).ifPresent(benchmark -> leaders.check(current, benchmark, id, announce));
                store.modelAndBenchmarkOf(id).ifPresent(mb ->
                        conflicts.checkModelOnBenchmark(current, mb[0], mb[1], announce));
            }
            case BENCHMARK -> {
                leaders.check(current, id, null, announce);
                conflicts.checkEntity(current, id, announce);
            }
            case MODEL -> conflicts.checkEntity(current, id, announce);
            default -> {
                // vendors change no leader and no claim's status
            }
        }
    }
}
