package ai.frontierwatch.models.mapping;

import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState.SourceRef;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.BenchmarkResult;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.mapping.CatalogViews.BenchmarkView;
import ai.frontierwatch.models.mapping.CatalogViews.ModelView;
import ai.frontierwatch.models.mapping.CatalogViews.Pricing;
import ai.frontierwatch.models.mapping.CatalogViews.ResultView;
import ai.frontierwatch.models.mapping.CatalogViews.VendorView;
import ai.frontierwatch.text.Conditions;
import java.util.List;

/** Entity to published state and to REST view; pure, so callers supply related slugs they already have. */
public final class CatalogMapper {

    private CatalogMapper() {
    }

    public static VendorState state(Vendor v) {
        return new VendorState(v.id.toString(), v.slug, v.name, List.copyOf(v.aliases), v.country, v.website);
    }

    public static ModelState state(Model m, String vendorSlug) {
        return new ModelState(m.id.toString(), m.slug, m.name, str(m.vendorId), vendorSlug, List.copyOf(m.aliases),
                m.family, m.modality, m.releaseDate, m.openWeights, m.parameterCount, m.contextWindow, pricing(m));
    }

    private static ModelState.Pricing pricing(Model m) {
        if (m.priceInputPerMillion == null && m.priceOutputPerMillion == null) {
            return null;
        }
        return new ModelState.Pricing(m.priceInputPerMillion, m.priceOutputPerMillion, m.priceCurrency, m.priceAsOf);
    }

    public static BenchmarkState state(Benchmark b) {
        return new BenchmarkState(b.id.toString(), b.slug, b.name, List.copyOf(b.aliases), b.category, b.unit,
                b.higherIsBetter, b.minValue, b.maxValue);
    }

    public static BenchmarkResultState state(BenchmarkResult r) {
        return new BenchmarkResultState(r.id.toString(), r.modelId.toString(), r.benchmarkId.toString(), r.value,
                r.stderr, r.lowerBound, r.upperBound, r.conditions, r.measuredOn, r.disputed, refs(r.sources));
    }

    public static VendorView view(Vendor v) {
        return new VendorView(v.id.toString(), v.slug, v.name, List.copyOf(v.aliases), v.country, v.website,
                v.version, v.updatedAt);
    }

    public static ModelView view(Model m, String vendorSlug) {
        Pricing pricing = m.priceInputPerMillion == null && m.priceOutputPerMillion == null ? null
                : new Pricing(m.priceInputPerMillion, m.priceOutputPerMillion, m.priceCurrency, m.priceAsOf);
        return new ModelView(m.id.toString(), m.slug, m.name, str(m.vendorId), vendorSlug, List.copyOf(m.aliases),
                m.family, m.modality, m.releaseDate, m.openWeights, m.parameterCount, m.contextWindow, pricing,
                m.version, m.updatedAt);
    }

    public static BenchmarkView view(Benchmark b) {
        return new BenchmarkView(b.id.toString(), b.slug, b.name, List.copyOf(b.aliases), b.category, b.unit,
                b.higherIsBetter, b.minValue, b.maxValue, b.version, b.updatedAt);
    }

    public static ResultView view(BenchmarkResult r, String modelSlug, String benchmarkSlug) {
        return new ResultView(r.id.toString(), r.modelId.toString(), modelSlug, r.benchmarkId.toString(),
                benchmarkSlug, r.value, r.stderr, r.lowerBound, r.upperBound, r.conditions,
                Conditions.parts(r.conditions), r.measuredOn, r.disputed, refs(r.sources), r.version, r.updatedAt);
    }

    private static List<SourceRef> refs(List<Source> sources) {
        return sources.stream()
                .map(s -> new SourceRef(s.url(), s.articleId(), s.quote(), s.reportedBy(), s.publisher(),
                        s.retrievedAt()))
                .toList();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
