package ai.frontierwatch.insights.events;

import ai.frontierwatch.commons.outbox.Outbox;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.insights.StateOfTheArtChanged;
import ai.frontierwatch.insights.events.AnnouncementStore.Leader;
import ai.frontierwatch.insights.repository.ProjectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Announces a new state of the art: the best result of a leaderboard (one benchmark under one conditions key)
 * is now another model's, or the leader's value changed. The leader last seen is kept per board, so a
 * redelivered or replayed event that changes nothing announces nothing.
 */
@ApplicationScoped
public class LeaderAnnouncer {

    private final AnnouncementStore store;
    private final Outbox outbox;
    private final ProjectionStore catalogue;

    public LeaderAnnouncer(AnnouncementStore store, Outbox outbox, ProjectionStore catalogue) {
        this.store = store;
        this.outbox = outbox;
        this.catalogue = catalogue;
    }

    /**
     * Compares the boards of a benchmark that {@code resultId} may have changed (the given conditions keys and the
     * boards it led; all its boards when {@code conditions} is null) with the leaders last seen; records the new
     * leaders and, when {@code announce} answers true (asked only when there is a change to publish), publishes the
     * changes. A board's leader is the first of its models' best results ({@code result_best}, kept current before
     * this runs): one index probe per board.
     */
    void check(String benchmarkId, Collection<String> conditions, String resultId,
            BooleanSupplier announce) {
        Optional<BenchmarkState> benchmark = catalogue.benchmark(benchmarkId);
        if (benchmark.isEmpty()) {
            // Unknown direction of "better": the board is checked when the benchmark's own event arrives.
            return;
        }
        for (AnnouncementStore.Board board : store.boards(benchmarkId, conditions, resultId,
                benchmark.get().higherIsBetter())) {
            Optional<Leader> now = board.current();
            Optional<Leader> before = board.recorded();
            if (now.isEmpty()) {
                before.ifPresent(b -> store.forgetLeader(benchmarkId, board.conditions()));
                continue;
            }
            Leader leader = now.get();
            if (before.isPresent() && same(before.get(), leader)) {
                continue;
            }
            store.recordLeader(benchmarkId, board.conditions(), leader);
            // A board first seen with several models existed before leaders were tracked: its leader is a
            // baseline, not news. A board whose first result this is has a genuinely new state of the art.
            boolean news = before.isPresent() || store.models(benchmarkId, board.conditions()) == 1;
            if (news && announce.getAsBoolean()) {
                publish(benchmark.get(), board.conditions(), leader, before.orElse(null));
            }
        }
    }

    private static boolean same(Leader a, Leader b) {
        return a.modelId().equals(b.modelId()) && a.value() == b.value();
    }

    private void publish(BenchmarkState benchmark, String conditions, Leader leader, Leader before) {
        Optional<ModelState> model = catalogue.model(leader.modelId());
        Optional<ModelState> previous = before == null ? Optional.empty() : catalogue.model(before.modelId());
        var change = new StateOfTheArtChanged(benchmark.id(), benchmark.slug(), benchmark.name(), conditions,
                benchmark.unit(), benchmark.higherIsBetter(), leader.modelId(), model.map(ModelState::slug).orElse(null),
                model.map(ModelState::name).orElse(null), leader.value(), leader.resultId(),
                before == null ? null : before.modelId(), previous.map(ModelState::slug).orElse(null),
                before == null ? null : before.value(), leader.measuredOn());
        outbox.publish(EventType.STATE_OF_THE_ART_CHANGED, benchmark.id(), store.nextVersion(), change);
    }
}
