package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.CatalogEntity;
import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.repository.BenchmarkRepository;
import ai.frontierwatch.models.repository.CatalogRepository;
import ai.frontierwatch.models.repository.ModelRepository;
import ai.frontierwatch.models.repository.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers and removes the other names of an entity (translations, spellings, known misspellings). Each
 * change republishes the owner's full state with its new alias list.
 */
@ApplicationScoped
public class AliasService {

    private final VendorRepository vendors;
    private final ModelRepository models;
    private final BenchmarkRepository benchmarks;
    private final CatalogWriter writer;
    private final NameCollisions collisions;

    public AliasService(VendorRepository vendors, ModelRepository models, BenchmarkRepository benchmarks,
            CatalogWriter writer, NameCollisions collisions) {
        this.vendors = vendors;
        this.models = models;
        this.benchmarks = benchmarks;
        this.writer = writer;
        this.collisions = collisions;
    }

    /** Adds aliases; for a model, refused (409, nothing added) when one is already another model's name. */
    @Transactional
    public CatalogEntity add(EntityKind kind, String idOrSlug, List<String> aliases) {
        CatalogEntity entity = find(kind, idOrSlug);
        if (kind == EntityKind.MODEL) {
            collisions.requireFree(entity.id, aliases);
        }
        List<Object> before = entity.contentSnapshot();
        entity.addAliases(aliases);
        writer.update(entity, before);
        return entity;
    }

    @Transactional
    public CatalogEntity remove(EntityKind kind, String idOrSlug, String alias) {
        CatalogEntity entity = find(kind, idOrSlug);
        if (!entity.aliases.contains(alias)) {
            throw ProblemException.notFound("Alias", alias);
        }
        List<Object> before = entity.contentSnapshot();
        List<String> remaining = new ArrayList<>(entity.aliases);
        remaining.remove(alias);
        entity.aliases = remaining;
        writer.update(entity, before);
        return entity;
    }

    private CatalogEntity find(EntityKind kind, String idOrSlug) {
        CatalogRepository<? extends CatalogEntity> repository = switch (kind) {
            case VENDOR -> vendors;
            case MODEL -> models;
            case BENCHMARK -> benchmarks;
        };
        String what = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return repository.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound(what, idOrSlug));
    }
}
