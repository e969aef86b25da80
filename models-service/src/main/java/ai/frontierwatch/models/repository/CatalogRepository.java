package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.CatalogEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lookups shared by vendors, models and benchmarks, which all go by an id or a slug. */
public abstract class CatalogRepository<E extends CatalogEntity> implements PanacheRepositoryBase<E, UUID> {

    public Optional<E> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The id of the entity with a slug, without loading it (imports look up every name they meet). */
    public Optional<UUID> idBySlug(String slug) {
        return getEntityManager().createQuery("select e.id from " + entityName() + " e where e.slug = :slug", UUID.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    private String entityName() {
        return getEntityManager().getMetamodel().entity(entityClass()).getName();
    }

    /** The entity class this repository serves. */
    protected abstract Class<E> entityClass();

    /** Looks an entity up by id or by slug, whichever the caller has. */
    public Optional<E> findByIdOrSlug(String idOrSlug) {
        UUID id = asUuid(idOrSlug);
        return id != null ? findByIdOptional(id) : findBySlug(idOrSlug);
    }

    /** Many entities by ids and/or slugs in one query each; unknown ones are simply absent. */
    public List<E> findByIdsOrSlugs(Collection<String> idsOrSlugs) {
        List<UUID> ids = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (String s : idsOrSlugs) {
            UUID id = asUuid(s);
            if (id != null) {
                ids.add(id);
            } else {
                slugs.add(s);
            }
        }
        List<E> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            found.addAll(list("id in ?1", ids));
        }
        if (!slugs.isEmpty()) {
            found.addAll(list("slug in ?1", slugs));
        }
        return found;
    }

    public static UUID asUuid(String s) {
        if (s == null || s.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
