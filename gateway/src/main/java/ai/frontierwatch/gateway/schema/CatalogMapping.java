package ai.frontierwatch.gateway.schema;

import ai.frontierwatch.gateway.client.CatalogDtos.BenchmarkDto;
import ai.frontierwatch.gateway.client.CatalogDtos.ModelDto;
import ai.frontierwatch.gateway.client.CatalogDtos.ResultDto;
import ai.frontierwatch.gateway.client.CatalogDtos.SourceDto;
import ai.frontierwatch.gateway.client.CatalogDtos.VendorDto;
import ai.frontierwatch.gateway.schema.CatalogTypes.Benchmark;
import ai.frontierwatch.gateway.schema.CatalogTypes.BenchmarkResult;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.CatalogTypes.Pricing;
import ai.frontierwatch.gateway.schema.CatalogTypes.Source;
import ai.frontierwatch.gateway.schema.CatalogTypes.Vendor;
import java.util.Arrays;
import java.util.List;

/** From models-service's answers to schema types. */
public final class CatalogMapping {

    private CatalogMapping() {
    }

    public static Vendor vendor(VendorDto v) {
        return new Vendor(v.id(), v.slug(), v.name(), nonNull(v.aliases()), v.country(), v.website());
    }

    public static Model model(ModelDto m) {
        Pricing pricing = m.pricing() == null ? null : new Pricing(m.pricing().inputPerMillion(),
                m.pricing().outputPerMillion(), m.pricing().currency(), m.pricing().asOf());
        return new Model(m.id(), m.slug(), m.name(), nonNull(m.aliases()), m.family(), Modality.of(m.modality()),
                m.releaseDate(), m.openWeights(), m.parameterCount(), m.contextWindow(), pricing, ModelStatus.CONFIRMED,
                m.vendorId());
    }

    public static Benchmark benchmark(BenchmarkDto b) {
        return new Benchmark(b.id(), b.slug(), b.name(), nonNull(b.aliases()), BenchmarkCategory.of(b.category()),
                ScoreUnit.of(b.unit()), b.higherIsBetter(), b.minValue(), b.maxValue(), BenchmarkStatus.CONFIRMED);
    }

    public static BenchmarkResult result(ResultDto r) {
        List<String> conditions = r.conditionList() != null ? r.conditionList()
                : r.conditions() == null || r.conditions().isBlank() ? List.of()
                : Arrays.asList(r.conditions().split(";"));
        List<Source> sources = r.sources() == null ? List.of() : r.sources().stream().map(CatalogMapping::source).toList();
        return new BenchmarkResult(r.id(), r.value(), r.stderr(), r.lowerBound(), r.upperBound(), conditions,
                r.measuredOn(), r.disputed(), sources, r.modelId(), r.benchmarkId());
    }

    public static Source source(SourceDto s) {
        return new Source(s.url(), s.articleId(), s.quote(), ReportedBy.of(s.reportedBy()), s.publisher(), s.retrievedAt());
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
