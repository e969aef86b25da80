package ai.frontierwatch.insights.service;

import ai.frontierwatch.insights.domain.EntityKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Lets callers name catalogue entities by id or slug; answers always carry ids. Resolved against the cached
 * catalogue (the live vendors, models and benchmarks, as of the stored revision).
 */
@ApplicationScoped
@Transactional
public class IdResolver {

    private final CatalogueCache catalogue;

    public IdResolver(CatalogueCache catalogue) {
        this.catalogue = catalogue;
    }

    public List<String> models(List<String> idsOrSlugs) {
        return resolve(EntityKind.MODEL, idsOrSlugs);
    }

    public List<String> benchmarks(List<String> idsOrSlugs) {
        return resolve(EntityKind.BENCHMARK, idsOrSlugs);
    }

    public List<String> vendors(List<String> idsOrSlugs) {
        return resolve(EntityKind.VENDOR, idsOrSlugs);
    }

    private List<String> resolve(EntityKind kind, List<String> idsOrSlugs) {
        return idsOrSlugs.isEmpty() ? List.of() : catalogue.current().resolve(kind, idsOrSlugs);
    }
}
