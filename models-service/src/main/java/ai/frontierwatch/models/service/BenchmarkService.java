package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.repository.BenchmarkRepository;
import ai.frontierwatch.models.repository.ResultRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class BenchmarkService {

    public static final Set<String> UNITS = Set.of("PERCENT", "ELO", "SCORE", "MINUTES", "USD");
    public static final Set<String> CATEGORIES = Set.of("CODING", "REASONING", "MATH", "MULTIMODAL", "AGENTIC",
            "PREFERENCE", "KNOWLEDGE", "LANGUAGE", "DATA_ANALYSIS", "INSTRUCTION_FOLLOWING", "LONG_CONTEXT", "SAFETY",
            "OTHER");

    /** A benchmark as an editor or an import describes it. */
    public record BenchmarkInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @NotBlank @Size(max = 200) String name,
            List<@NotBlank @Size(max = 200) String> aliases,
            @Size(max = 40) String category,
            @NotBlank @Size(max = 20) String unit,
            Boolean higherIsBetter,
            Double minValue,
            Double maxValue) {
    }

    private final BenchmarkRepository benchmarks;
    private final ResultRepository results;
    private final CatalogWriter writer;

    public BenchmarkService(BenchmarkRepository benchmarks, ResultRepository results, CatalogWriter writer) {
        this.benchmarks = benchmarks;
        this.results = results;
        this.writer = writer;
    }

    @Transactional
    public Benchmark create(BenchmarkInput input) {
        Slugs.requireFree(benchmarks, input.slug(), "benchmark");
        Benchmark benchmark = new Benchmark();
        apply(benchmark, input, false);
        return writer.create(benchmark);
    }

    @Transactional
    public Benchmark replace(String idOrSlug, BenchmarkInput input) {
        Benchmark benchmark = find(idOrSlug);
        if (!benchmark.slug.equals(input.slug())) {
            Slugs.requireFree(benchmarks, input.slug(), "benchmark");
        }
        List<Object> before = benchmark.contentSnapshot();
        apply(benchmark, input, false);
        writer.update(benchmark, before);
        return benchmark;
    }

    /** Creates or merges by slug; used by imports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome merge(BenchmarkInput input) {
        var existing = benchmarks.findBySlug(input.slug());
        if (existing.isEmpty()) {
            Benchmark benchmark = new Benchmark();
            apply(benchmark, input, false);
            writer.create(benchmark);
            return Outcome.CREATED;
        }
        Benchmark benchmark = existing.get();
        List<Object> before = benchmark.contentSnapshot();
        apply(benchmark, input, true);
        return writer.update(benchmark, before);
    }

    @Transactional
    public void delete(String idOrSlug) {
        Benchmark benchmark = find(idOrSlug);
        if (results.countForBenchmark(benchmark.id) > 0) {
            throw ProblemException.conflict("Benchmark '" + benchmark.slug + "' still has results");
        }
        writer.delete(benchmark);
    }

    public Benchmark find(String idOrSlug) {
        return benchmarks.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("Benchmark", idOrSlug));
    }

    private static void apply(Benchmark b, BenchmarkInput in, boolean merge) {
        String unit = upper(in.unit());
        String category = upper(in.category());
        if (unit != null && !UNITS.contains(unit)) {
            throw ProblemException.unprocessable("Unknown unit '" + in.unit() + "'; one of " + new TreeSet<>(UNITS),
                    null);
        }
        if (category != null && !CATEGORIES.contains(category)) {
            throw ProblemException.unprocessable("Unknown category '" + in.category() + "'; one of "
                    + new TreeSet<>(CATEGORIES), null);
        }
        if (in.minValue() != null && in.maxValue() != null && in.minValue() > in.maxValue()) {
            throw ProblemException.unprocessable("minValue is above maxValue", null);
        }
        b.slug = in.slug();
        b.name = merge && in.name() == null ? b.name : in.name();
        if (merge) {
            b.addAliases(in.aliases());
        } else {
            b.aliases = new ArrayList<>();
            b.addAliases(in.aliases());
        }
        if (!merge || category != null) {
            b.category = category;
        }
        if (!merge || unit != null) {
            b.unit = unit;
        }
        if (in.higherIsBetter() != null || !merge) {
            b.higherIsBetter = in.higherIsBetter() == null || in.higherIsBetter();
        }
        if (!merge || in.minValue() != null) {
            b.minValue = in.minValue();
        }
        if (!merge || in.maxValue() != null) {
            b.maxValue = in.maxValue();
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
