package ai.frontierwatch.insights.service;

import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.domain.CoMentions;
import ai.frontierwatch.insights.domain.Momentum;
import ai.frontierwatch.insights.domain.Trend;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.repository.TrendStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Mention trends, momentum and co-mentions. */
@ApplicationScoped
@Transactional
public class TrendService {

    private final TrendStore store;
    private final CatalogueCache catalogue;

    public TrendService(TrendStore store, CatalogueCache catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    public List<Trend> series(List<String> entityIds, String interval, LocalDate from, LocalDate to) {
        return store.series(entityIds, interval, from, to).entrySet().stream()
                .map(e -> new Trend(e.getKey(), interval, e.getValue())).toList();
    }

    /** Models whose mentions rose most in the {@code days} ending on {@code asOf}, against the days before. */
    public List<Momentum> momentum(int days, LocalDate asOf, int limit) {
        LocalDate end = asOf.plusDays(1);
        LocalDate currentFrom = end.minusDays(days);
        Catalogue c = catalogue.current();
        return store.windows(currentFrom.minusDays(days), currentFrom, end).stream()
                .filter(w -> w.current() > 0)
                .map(w -> new Momentum(w.modelId(), c.model(w.modelId()).map(ModelState::slug).orElse(null),
                        c.model(w.modelId()).map(ModelState::name).orElse(null), currentFrom, asOf, w.current(),
                        w.previous(), w.current() - w.previous(),
                        w.previous() == 0 ? null : (double) w.current() / w.previous() - 1))
                .sorted(Comparator.comparingLong(Momentum::change).reversed()
                        .thenComparing(Comparator.comparingLong(Momentum::current).reversed())
                        .thenComparing(Momentum::modelId))
                .limit(limit).toList();
    }

    public List<CoMentions> coMentions(List<String> modelIds, int limit) {
        return store.coMentions(modelIds, limit).entrySet().stream()
                .map(e -> new CoMentions(e.getKey(), e.getValue())).toList();
    }
}
