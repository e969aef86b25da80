package ai.frontierwatch.models.mapping;

import ai.frontierwatch.contracts.catalog.BenchmarkResultState.SourceRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the REST API returns: the published state plus what only this service's clients need. */
public final class CatalogViews {

    private CatalogViews() {
    }

    public record VendorView(String id, String slug, String name, List<String> aliases, String country,
            String website, long version, Instant updatedAt) {
    }

    public record Pricing(BigDecimal inputPerMillion, BigDecimal outputPerMillion, String currency, LocalDate asOf) {
    }

    public record ModelView(String id, String slug, String name, String vendorId, String vendorSlug,
            List<String> aliases, String family, String modality, LocalDate releaseDate, Boolean openWeights,
            Long parameterCount, Long contextWindow, Pricing pricing, long version, Instant updatedAt) {
    }

    public record BenchmarkView(String id, String slug, String name, List<String> aliases, String category,
            String unit, boolean higherIsBetter, Double minValue, Double maxValue, long version, Instant updatedAt) {
    }

    /** A result; {@code conditions} is the canonical key, {@code conditionList} its parts. */
    public record ResultView(String id, String modelId, String modelSlug, String benchmarkId, String benchmarkSlug,
            double value, Double stderr, Double lowerBound, Double upperBound, String conditions,
            List<String> conditionList, LocalDate measuredOn, boolean disputed, List<SourceRef> sources,
            long version, Instant updatedAt) {
    }

    /**
     * One page of a listing; {@code nextCursor} is null on the last page. Slug-ordered listings also give
     * {@code previousCursor} (to pass as {@code before}; null on the first page), one cursor per item (to resume after
     * or before that item) and {@code total}, the number of items the filters select in all.
     */
    public record Page<T>(List<T> items, String nextCursor,
            @JsonInclude(JsonInclude.Include.NON_NULL) String previousCursor,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> cursors,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {

        public Page(List<T> items, String nextCursor) {
            this(items, nextCursor, null, null, null);
        }
    }
}
