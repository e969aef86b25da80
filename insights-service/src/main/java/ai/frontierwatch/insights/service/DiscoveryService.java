package ai.frontierwatch.insights.service;

import ai.frontierwatch.commons.edge.OpaqueCursor;
import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.insights.domain.DiscoveredModel;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.repository.DiscoveryStore;
import ai.frontierwatch.insights.repository.ProjectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The editors' queue of discovered models and families, and their dismissal. Confirming or merging one is a
 * catalogue change (models-service): the catalogue event re-links its articles.
 */
@ApplicationScoped
public class DiscoveryService {

    /** A page of the queue and the cursor of the next one (null on the last page). */
    public record Page(List<DiscoveredModel> items, String nextCursor) {
    }

    private final DiscoveryStore store;
    private final ProjectionStore projections;
    private final EventApplier applier;

    public DiscoveryService(DiscoveryStore store, ProjectionStore projections, EventApplier applier) {
        this.store = store;
        this.projections = projections;
        this.applier = applier;
    }

    @Transactional
    public List<DiscoveredModel> find(List<String> ids) {
        return store.find(ids);
    }

    @Transactional
    public Page queue(DiscoveredModel.Kind kind, String after, int limit) {
        List<DiscoveryStore.Ranked> ranked = store.page(kind, decode(after), limit + 1);
        boolean more = ranked.size() > limit;
        List<DiscoveryStore.Ranked> page = more ? ranked.subList(0, limit) : ranked;
        List<DiscoveredModel> items = store.find(page.stream().map(DiscoveryStore.Ranked::id).toList());
        return new Page(items, more ? encode(page.get(page.size() - 1)) : null);
    }

    /**
     * The name is no longer proposed: its mentions and claims are derived again without it, in the transaction
     * that records the dismissal (nothing half-applied).
     */
    @Transactional
    public void dismiss(String id) {
        if (Catalogue.provisionalKind(id) == null) {
            throw ProblemException.badRequest("Not a discovered model or family id: " + id);
        }
        projections.lockCatalogue();
        List<String> articles = projections.articlesLinkedTo(id);
        if (articles.isEmpty()) {
            throw ProblemException.notFound("Discovered model", id);
        }
        if (store.dismiss(Catalogue.provisionalKey(id))) {
            projections.bumpCatalogueRevision();
        }
        articles.forEach(applier::derive);
    }

    private static String encode(DiscoveryStore.Ranked last) {
        return OpaqueCursor.encode(last.articleCount() + "|" + last.id());
    }

    private static DiscoveryStore.Ranked decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String text = OpaqueCursor.decode("after", cursor);
        try {
            int bar = text.indexOf('|');
            return new DiscoveryStore.Ranked(text.substring(bar + 1), Integer.parseInt(text.substring(0, bar)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw OpaqueCursor.invalid("after");
        }
    }
}
