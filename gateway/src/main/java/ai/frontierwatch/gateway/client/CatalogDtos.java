package ai.frontierwatch.gateway.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What models-service answers, as the gateway reads it (unknown fields are ignored). */
public final class CatalogDtos {

    private CatalogDtos() {
    }

    public record VendorDto(String id, String slug, String name, List<String> aliases, String country, String website) {
    }

    public record PricingDto(BigDecimal inputPerMillion, BigDecimal outputPerMillion, String currency, LocalDate asOf) {
    }

    public record ModelDto(String id, String slug, String name, String vendorId, String vendorSlug,
            List<String> aliases, String family, String modality, LocalDate releaseDate, Boolean openWeights,
            Long parameterCount, Long contextWindow, PricingDto pricing) {
    }

    public record BenchmarkDto(String id, String slug, String name, List<String> aliases, String category, String unit,
            boolean higherIsBetter, Double minValue, Double maxValue) {
    }

    public record SourceDto(String url, String articleId, String quote, String reportedBy, String publisher,
            Instant retrievedAt) {
    }

    public record ResultDto(String id, String modelId, String benchmarkId, double value, Double stderr,
            Double lowerBound, Double upperBound, String conditions, List<String> conditionList, LocalDate measuredOn,
            boolean disputed, List<SourceDto> sources) {
    }

    /**
     * A page of a listing. {@code cursors} (one per item), {@code previousCursor} and {@code total} come from
     * services that page both ways; null from the others.
     */
    public record PageDto<T>(List<T> items, String nextCursor, String previousCursor, List<String> cursors, Long total) {

        public PageDto(List<T> items, String nextCursor) {
            this(items, nextCursor, null, null, null);
        }
    }
}
