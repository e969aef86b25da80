package ai.frontierwatch.models.importing;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.domain.NameEntry;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.domain.NameMatcher;
import ai.frontierwatch.models.repository.BenchmarkRepository;
import ai.frontierwatch.models.repository.ModelRepository;
import ai.frontierwatch.models.repository.VendorRepository;
import ai.frontierwatch.models.service.BenchmarkService;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.ModelService;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import ai.frontierwatch.models.service.ResolutionService;
import ai.frontierwatch.models.service.ResultService;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.models.service.VendorService;
import ai.frontierwatch.models.service.VendorService.VendorInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What importers do to the catalogue, row by row, inside the runner's transaction: map names to entities
 * through identity resolution (creating what is unknown), fill gaps, record measurements. Imports never
 * overwrite what is known, so importing the same files again changes nothing.
 */
@ApplicationScoped
public class ImportOps {

    private final ResolutionService resolution;
    private final VendorService vendorService;
    private final ModelService modelService;
    private final BenchmarkService benchmarkService;
    private final ResultService results;
    private final VendorRepository vendors;
    private final ModelRepository models;
    private final BenchmarkRepository benchmarks;
    private final PendingResults pending;

    public ImportOps(ResolutionService resolution, VendorService vendorService, ModelService modelService,
            BenchmarkService benchmarkService, ResultService results, VendorRepository vendors,
            ModelRepository models, BenchmarkRepository benchmarks, PendingResults pending) {
        this.resolution = resolution;
        this.vendorService = vendorService;
        this.modelService = modelService;
        this.benchmarkService = benchmarkService;
        this.results = results;
        this.vendors = vendors;
        this.models = models;
        this.benchmarks = benchmarks;
        this.pending = pending;
    }

    /** The vendor a name designates, created when unknown. */
    public UUID vendor(ImportContext ctx, String name, FileImport.Tally tally) {
        return find(ctx.vendors, EntityKind.VENDOR, List.of(name), () -> {
            ChunkLock.beforeCatalogWrite();
            String slug = freeSlug(vendors, NameKeys.slugify(name));
            tally.add(vendorService.merge(new VendorInput(slug, name, List.of(), null, null)));
            return vendors.findBySlug(slug).orElseThrow().id;
        });
    }

    /** The model a name designates, created from {@code creation} when unknown. */
    public UUID model(ImportContext ctx, String name, Supplier<ModelInput> creation, FileImport.Tally tally) {
        return find(ctx.models, EntityKind.MODEL, List.of(name), () -> {
            ChunkLock.beforeCatalogWrite();
            ModelInput input = creation.get();
            String slug = freeSlug(models, input.slug());
            tally.add(modelService.merge(withSlug(input, slug)));
            return models.findBySlug(slug).orElseThrow().id;
        });
    }

    /** The vendor a name designates, or null when none is known. */
    public UUID knownVendor(ImportContext ctx, String name) {
        return vendors.idBySlug(name)
                .orElseGet(() -> find(ctx.vendors, EntityKind.VENDOR, List.of(name), () -> null));
    }

    /** The benchmark a slug or name designates (an exact slug wins), or null when none is known. */
    public Benchmark knownBenchmark(ImportContext ctx, String name) {
        UUID id = ctx.benchmarks.computeIfAbsent("slug:" + name,
                slug -> benchmarks.idBySlug(name).orElse(null));
        if (id == null) {
            ctx.benchmarks.remove("slug:" + name);
            id = find(ctx.benchmarks, EntityKind.BENCHMARK, List.of(name), () -> null);
        }
        return id == null ? null : ctx.benchmarkEntities.computeIfAbsent(id, benchmarks::findById);
    }

    /** The model a name designates, created from {@code input} when unknown, else completed with it. */
    public UUID upsertModel(ImportContext ctx, String name, ModelInput input, FileImport.Tally tally) {
        boolean[] created = {false};
        UUID id = model(ctx, name, () -> {
            created[0] = true;
            return input;
        }, tally);
        if (!created[0]) {
            fillModel(id, input, tally);
        }
        return id;
    }

    /** The model a slug or name designates (an exact slug wins), or null when none is known. */
    public UUID knownModel(ImportContext ctx, String name) {
        UUID bySlug = ctx.models.computeIfAbsent("slug:" + name,
                slug -> models.idBySlug(name).orElse(null));
        if (bySlug != null) {
            return bySlug;
        }
        ctx.models.remove("slug:" + name);
        return find(ctx.models, EntityKind.MODEL, List.of(name), () -> null);
    }

    /** The benchmark any of the names designates (first that resolves), created when none does. */
    public Benchmark benchmark(ImportContext ctx, List<String> names, Supplier<BenchmarkInput> creation,
            FileImport.Tally tally) {
        UUID id = find(ctx.benchmarks, EntityKind.BENCHMARK, names, () -> {
            ChunkLock.beforeCatalogWrite();
            BenchmarkInput input = creation.get();
            String slug = freeSlug(benchmarks, input.slug());
            tally.add(benchmarkService.merge(new BenchmarkInput(slug, input.name(), input.aliases(), input.category(),
                    input.unit(), input.higherIsBetter(), input.minValue(), input.maxValue())));
            return benchmarks.findBySlug(slug).orElseThrow().id;
        });
        return ctx.benchmarkEntities.computeIfAbsent(id, benchmarks::findById);
    }

    /** Adds what a file knows about a model and the catalogue does not: aliases and empty fields only. */
    public void fillModel(UUID id, ModelInput known, FileImport.Tally tally) {
        ChunkLock.beforeCatalogWrite();
        Model m = models.findById(id);
        tally.add(modelService.merge(m, new ModelInput(m.slug, null,
                m.vendorId == null ? known.vendor() : null,
                known.aliases(),
                m.family == null ? known.family() : null,
                m.modality == null ? known.modality() : null,
                m.releaseDate == null ? known.releaseDate() : null,
                m.openWeights == null ? known.openWeights() : null,
                m.parameterCount == null ? known.parameterCount() : null,
                m.contextWindow == null ? known.contextWindow() : null,
                m.priceInputPerMillion == null && m.priceOutputPerMillion == null ? known.pricing() : null)));
    }

    /** Adds aliases and fills empty fields of a benchmark. */
    public void fillBenchmark(ImportContext ctx, Benchmark b, BenchmarkInput known, FileImport.Tally tally) {
        ChunkLock.beforeCatalogWrite();
        ctx.benchmarkEntities.remove(b.id);
        tally.add(benchmarkService.merge(new BenchmarkInput(b.slug, null, known.aliases(),
                b.category == null ? known.category() : null, null, null,
                b.minValue == null ? known.minValue() : null, b.maxValue == null ? known.maxValue() : null)));
    }

    /**
     * Checks a measurement and adds it to the transaction's pending results; its outcome reaches the tally
     * when the runner writes them ({@link #writePending()}) before the transaction ends.
     */
    public void record(Measurement m, FileImport.Tally tally) {
        String violation = ResultService.violation(m);
        if (violation != null) {
            throw new RowException(violation);
        }
        pending.add(m, tally);
    }

    /**
     * Writes the measurements recorded in the current transaction; {@code lockPairs} when the chunk holds the import
     * lock only shared and must lock the (model, benchmark) pairs it writes.
     */
    void writePending(boolean lockPairs) {
        pending.write(results, lockPairs);
    }

    private UUID find(Map<String, UUID> cache, EntityKind kind, List<String> names, Supplier<UUID> otherwise) {
        for (String name : names) {
            UUID cached = cache.get(NameKeys.key(name));
            if (cached != null) {
                return cached;
            }
        }
        // by folded key only: a dataset's "GPT-5.5 (high)" is its own row, not "GPT-5.5" under another identity key
        for (String name : names) {
            NameMatcher.Match match = resolution.matchFolded(List.of(name), kind).get(0);
            List<NameMatcher.Candidate> direct = match.candidates().stream()
                    .filter(c -> c.origin() != NameEntry.Origin.FAMILY).toList();
            if (direct.size() == 1) {
                cache.put(NameKeys.key(name), direct.get(0).id());
                return direct.get(0).id();
            }
            if (direct.size() > 1) {
                throw new RowException("'" + name + "' is ambiguous: it names " + direct.size() + " "
                        + kind.name().toLowerCase() + "s (" + direct.stream().map(NameMatcher.Candidate::matchedAlias)
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
        try {
            UUID created = otherwise.get();
            if (created != null) {
                cache.put(NameKeys.key(names.get(0)), created);
            }
            return created;
        } catch (ProblemException e) {
            throw new RowException(e.getMessage());
        }
    }

    private static String freeSlug(ai.frontierwatch.models.repository.CatalogRepository<?> repo, String slug) {
        String base = slug.isEmpty() ? "unnamed" : slug;
        String candidate = base;
        for (int i = 2; repo.findBySlug(candidate).isPresent(); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static ModelInput withSlug(ModelInput in, String slug) {
        return new ModelInput(slug, in.name(), in.vendor(), in.aliases(), in.family(), in.modality(),
                in.releaseDate(), in.openWeights(), in.parameterCount(), in.contextWindow(), in.pricing());
    }
}
