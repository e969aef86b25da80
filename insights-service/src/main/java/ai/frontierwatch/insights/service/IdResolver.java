package ai.frontierwatch.insights.service;

import ai.frontierwatch.insights.repository.ProjectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lets callers name catalogue entities by id or slug; answers always carry ids. */
@ApplicationScoped
@Transactional
public class IdResolver {

    private final ProjectionStore store;

    public IdResolver(ProjectionStore store) {
        this.store = store;
    }

    public List<String> models(List<String> idsOrSlugs) {
        return store.resolveIds("MODEL", idsOrSlugs);
    }

    public List<String> benchmarks(List<String> idsOrSlugs) {
        return store.resolveIds("BENCHMARK", idsOrSlugs);
    }

    public List<String> vendors(List<String> idsOrSlugs) {
        return store.resolveIds("VENDOR", idsOrSlugs);
    }
}
