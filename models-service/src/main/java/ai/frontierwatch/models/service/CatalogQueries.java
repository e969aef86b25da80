package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.BenchmarkResult;
import ai.frontierwatch.models.domain.CatalogEntity;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.mapping.CatalogMapper;
import ai.frontierwatch.models.mapping.CatalogViews.BenchmarkView;
import ai.frontierwatch.models.mapping.CatalogViews.ModelView;
import ai.frontierwatch.models.mapping.CatalogViews.Page;
import ai.frontierwatch.models.mapping.CatalogViews.ResultView;
import ai.frontierwatch.models.mapping.CatalogViews.VendorView;
import ai.frontierwatch.models.repository.BenchmarkRepository;
import ai.frontierwatch.models.repository.CatalogRepository;
import ai.frontierwatch.models.repository.ModelRepository;
import ai.frontierwatch.models.repository.ResultRepository;
import ai.frontierwatch.models.repository.VendorRepository;
import ai.frontierwatch.text.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read side: filtered, keyset-paginated listings and batch lookups, with related slugs fetched per page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogQueries {

    /** Filters of a model listing; null means "any". */
    public record ModelFilter(String vendor, String modality, Boolean openWeights, String family,
            LocalDate releasedFrom, LocalDate releasedTo) {
    }

    /** Filters of a result listing; ids may be ids or slugs. */
    public record ResultFilter(List<String> modelIds, List<String> benchmarkIds, LocalDate asOf,
            List<String> conditions, Boolean disputed) {
    }

    public static final int MAX_BATCH = 500;

    private final VendorRepository vendors;
    private final ModelRepository models;
    private final BenchmarkRepository benchmarks;
    private final ResultRepository results;

    public CatalogQueries(VendorRepository vendors, ModelRepository models, BenchmarkRepository benchmarks,
            ResultRepository results) {
        this.vendors = vendors;
        this.models = models;
        this.benchmarks = benchmarks;
        this.results = results;
    }

    public Page<VendorView> vendors(String country, String cursor, Integer limit) {
        Query q = new Query();
        q.add("country", "country = :country", country == null ? null : country.toUpperCase(java.util.Locale.ROOT));
        return page(vendors, q, Cursors.window(cursor, null, null, limit), CatalogMapper::view);
    }

    public Page<ModelView> models(ModelFilter f, Cursors.Window window) {
        Query q = new Query();
        if (f.vendor() != null) {
            UUID vendorId = vendors.findByIdOrSlug(f.vendor()).map(v -> v.id).orElse(null);
            if (vendorId == null) {
                return new Page<>(List.of(), null, null, List.of(), 0L);
            }
            q.add("vendorId", "vendorId = :vendorId", vendorId);
        }
        q.add("modality", "modality = :modality", f.modality() == null ? null
                : f.modality().toUpperCase(java.util.Locale.ROOT));
        q.add("openWeights", "openWeights = :openWeights", f.openWeights());
        q.add("family", "lower(family) = :family", f.family() == null ? null
                : f.family().toLowerCase(java.util.Locale.ROOT));
        q.add("releasedFrom", "releaseDate >= :releasedFrom", f.releasedFrom());
        q.add("releasedTo", "releaseDate <= :releasedTo", f.releasedTo());
        Page<Model> page = page(models, q, window, Function.identity());
        return new Page<>(modelViews(page.items()), page.nextCursor(), page.previousCursor(), page.cursors(),
                page.total());
    }

    public Page<BenchmarkView> benchmarks(String category, String unit, Cursors.Window window) {
        Query q = new Query();
        q.add("category", "category = :category", category == null ? null
                : category.toUpperCase(java.util.Locale.ROOT));
        q.add("unit", "unit = :unit", unit == null ? null : unit.toUpperCase(java.util.Locale.ROOT));
        return page(benchmarks, q, window, CatalogMapper::view);
    }

    public List<VendorView> vendorsByIds(List<String> ids) {
        return inRequestOrder(vendors.findByIdsOrSlugs(batch(ids)), ids).stream().map(CatalogMapper::view).toList();
    }

    public List<ModelView> modelsByIds(List<String> ids) {
        return modelViews(inRequestOrder(models.findByIdsOrSlugs(batch(ids)), ids));
    }

    public List<BenchmarkView> benchmarksByIds(List<String> ids) {
        return inRequestOrder(benchmarks.findByIdsOrSlugs(batch(ids)), ids).stream().map(CatalogMapper::view)
                .toList();
    }

    public List<ModelView> modelViews(List<Model> page) {
        Set<UUID> vendorIds = page.stream().map(m -> m.vendorId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> slugs = vendorIds.isEmpty() ? Map.of()
                : vendors.list("id in ?1", vendorIds).stream().collect(Collectors.toMap(v -> v.id, v -> v.slug));
        return page.stream()
                .map(m -> CatalogMapper.view(m, m.vendorId == null ? null : slugs.get(m.vendorId)))
                .toList();
    }

    /**
     * Results of some models and/or benchmarks (unpaginated: the id lists bound the size), or a keyset page
     * of all results when neither is given. With {@code asOf}, only what was known on that date, and of each
     * model + benchmark + conditions only the latest measurement.
     */
    public Page<ResultView> results(ResultFilter f, String cursor, Integer limit) {
        Query q = new Query();
        boolean bounded = notEmpty(f.modelIds()) || notEmpty(f.benchmarkIds());
        if (notEmpty(f.modelIds())) {
            q.add("models", "modelId in :models", ids(models.findByIdsOrSlugs(batch(f.modelIds()))));
        }
        if (notEmpty(f.benchmarkIds())) {
            q.add("benchmarks", "benchmarkId in :benchmarks", ids(benchmarks.findByIdsOrSlugs(batch(f.benchmarkIds()))));
        }
        if (f.conditions() != null) {
            q.add("conditions", "conditions = :conditions", Conditions.key(f.conditions()));
        }
        q.add("disputed", "disputed = :disputed", f.disputed());
        if (f.asOf() != null) {
            q.add("asOf", "(measuredOn <= :asOf or (measuredOn is null and createdAt < :asOfEnd))", f.asOf());
            q.params.put("asOfEnd", f.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (q.params.values().stream().anyMatch(v -> v instanceof Collection<?> c && c.isEmpty())) {
            return new Page<>(List.of(), null);
        }
        List<BenchmarkResult> found;
        String next = null;
        if (bounded) {
            found = results.list(q.where() + " order by benchmarkId, modelId, measuredOn, id", q.params);
        } else {
            if (f.asOf() != null) {
                throw ProblemException.badRequest("asOf needs modelIds or benchmarkIds");
            }
            int n = Cursors.limit(limit);
            String after = Cursors.decode(cursor);
            if (after != null) {
                q.add("after", "id > :after", Cursors.uuid(after));
            }
            found = results.find(q.where() + " order by id", q.params).page(0, n + 1).list();
            if (found.size() > n) {
                found = new ArrayList<>(found.subList(0, n));
                next = Cursors.encode(found.get(n - 1).id.toString());
            }
        }
        if (f.asOf() != null) {
            found = latestPerTarget(found);
        }
        return new Page<>(resultViews(found), next);
    }

    public List<ResultView> resultViews(List<BenchmarkResult> list) {
        Map<UUID, String> modelSlugs = slugs(models, list.stream().map(r -> r.modelId).collect(Collectors.toSet()));
        Map<UUID, String> benchmarkSlugs = slugs(benchmarks,
                list.stream().map(r -> r.benchmarkId).collect(Collectors.toSet()));
        return list.stream()
                .map(r -> CatalogMapper.view(r, modelSlugs.get(r.modelId), benchmarkSlugs.get(r.benchmarkId)))
                .toList();
    }

    static List<BenchmarkResult> latestPerTarget(List<BenchmarkResult> found) {
        Map<String, LocalDate> latest = new HashMap<>();
        for (BenchmarkResult r : found) {
            if (r.measuredOn != null) {
                latest.merge(target(r), r.measuredOn, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return found.stream().filter(r -> r.measuredOn == null || r.measuredOn.equals(latest.get(target(r))))
                .toList();
    }

    private static String target(BenchmarkResult r) {
        return r.modelId + "/" + r.benchmarkId + "/" + r.conditions;
    }

    private static <E extends CatalogEntity> Map<UUID, String> slugs(CatalogRepository<E> repo, Set<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : repo.list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, e -> e.slug));
    }

    /**
     * The keyset rule of every slug-ordered listing, both ways: a page holds the items of the window in slug order,
     * with a cursor per item; whether items lie beyond each end is looked up (one indexed probe each), so both
     * cursors are null exactly when nothing is there. The total counts what the filters select.
     */
    private static <E extends CatalogEntity, V> Page<V> page(CatalogRepository<E> repo, Query q, Cursors.Window window,
            Function<E, V> view) {
        int n = window.limit();
        String filters = q.where();
        Map<String, Object> filterParams = new HashMap<>(q.params);
        long total = repo.count(filters, filterParams);
        List<E> found;
        boolean before;
        boolean after;
        if (window.backward()) {
            q.add("before", "slug < :before", window.before());
            found = new ArrayList<>(repo.find(q.where() + " order by slug desc", q.params).page(0, n + 1).list());
            before = found.size() > n;
            found = new ArrayList<>(found.subList(0, Math.min(n, found.size())));
            java.util.Collections.reverse(found);
            after = window.before() != null && exists(repo, filters, filterParams, "slug >= :edge", window.before());
        } else {
            q.add("after", "slug > :after", window.after());
            found = repo.find(q.where() + " order by slug", q.params).page(0, n + 1).list();
            after = found.size() > n;
            found = found.subList(0, Math.min(n, found.size()));
            before = window.after() != null && exists(repo, filters, filterParams, "slug <= :edge", window.after());
        }
        List<String> cursors = found.stream().map(e -> Cursors.encode(e.slug)).toList();
        return new Page<>(found.stream().map(view).toList(),
                after && !cursors.isEmpty() ? cursors.get(cursors.size() - 1) : null,
                before && !cursors.isEmpty() ? cursors.get(0) : null, cursors, total);
    }

    private static <E extends CatalogEntity> boolean exists(CatalogRepository<E> repo, String filters,
            Map<String, Object> params, String edgeClause, String edge) {
        Map<String, Object> withEdge = new HashMap<>(params);
        withEdge.put("edge", edge);
        return !repo.find(filters + " and " + edgeClause, withEdge).page(0, 1).list().isEmpty();
    }

    private static <E extends CatalogEntity> List<E> inRequestOrder(List<E> found, List<String> requested) {
        Map<String, E> byKey = new HashMap<>();
        found.forEach(e -> {
            byKey.put(e.id.toString(), e);
            byKey.put(e.slug, e);
        });
        List<E> ordered = new ArrayList<>();
        for (String key : requested) {
            E e = byKey.get(key);
            if (e != null && !ordered.contains(e)) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    private static List<String> batch(List<String> ids) {
        if (ids.size() > MAX_BATCH) {
            throw ProblemException.badRequest("At most " + MAX_BATCH + " ids per request");
        }
        return ids;
    }

    private static List<UUID> ids(List<? extends CatalogEntity> entities) {
        return entities.stream().map(e -> e.id).toList();
    }

    private static boolean notEmpty(List<String> list) {
        return list != null && !list.isEmpty();
    }

    /** A conjunction of optional HQL conditions with named parameters. */
    private static final class Query {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        void add(String name, String clause, Object value) {
            if (value != null) {
                clauses.add(clause);
                params.put(name, value);
            }
        }

        String where() {
            return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        }
    }
}
