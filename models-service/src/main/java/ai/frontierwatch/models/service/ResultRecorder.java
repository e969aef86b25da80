package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.repository.BenchmarkRepository;
import ai.frontierwatch.models.repository.ModelRepository;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.models.service.ResultService.Recorded;
import ai.frontierwatch.text.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Turns a reported result (names, units, sources as sent) into a recorded measurement. */
@ApplicationScoped
public class ResultRecorder {

    private final ModelRepository models;
    private final BenchmarkRepository benchmarks;
    private final ResolutionService resolution;
    private final ResultService results;

    public ResultRecorder(ModelRepository models, BenchmarkRepository benchmarks, ResolutionService resolution,
            ResultService results) {
        this.models = models;
        this.benchmarks = benchmarks;
        this.resolution = resolution;
        this.results = results;
    }

    @Transactional
    public Recorded record(ResultInput in) {
        Model model = models.findByIdOrSlug(in.model())
                .or(() -> byName(in.model(), EntityKind.MODEL).map(models::findById))
                .orElseThrow(() -> ProblemException.notFound("Model", in.model()));
        Benchmark benchmark = benchmarks.findByIdOrSlug(in.benchmark())
                .or(() -> byName(in.benchmark(), EntityKind.BENCHMARK).map(benchmarks::findById))
                .orElseThrow(() -> ProblemException.notFound("Benchmark", in.benchmark()));
        if (in.unit() != null && !in.unit().strip().toUpperCase(Locale.ROOT).equals(benchmark.unit)) {
            throw ProblemException.unprocessable("Unit " + in.unit() + " does not match the unit " + benchmark.unit
                    + " of " + benchmark.name, null);
        }
        List<Source> sources = in.sources().stream().map(ResultRecorder::source).toList();
        return results.record(new Measurement(model.id, benchmark, in.value(), in.stderr(), in.lowerBound(),
                in.upperBound(), Conditions.key(in.conditions()), in.measuredOn(), sources));
    }

    private java.util.Optional<UUID> byName(String name, EntityKind kind) {
        return java.util.Optional.ofNullable(resolution.uniqueId(name, kind));
    }

    private static Source source(ResultInput.SourceInput s) {
        if (blank(s.url()) && blank(s.articleId()) && blank(s.publisher())) {
            throw ProblemException.unprocessable("A source needs a url, an article id or a publisher", null);
        }
        return new Source(s.url(), s.articleId(), s.quote(), s.reportedBy(), s.publisher(), s.retrievedAt());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
