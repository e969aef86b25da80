package ai.frontierwatch.gateway.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Output types of the catalogue: vendors, models, benchmarks and results with their sources. */
public final class CatalogTypes {

    private CatalogTypes() {
    }

    @Type("Vendor")
    @Description("A company or lab that makes models.")
    public record Vendor(
            @Id @NonNull @Description("Stable id") String id,
            @NonNull @Description("URL-safe unique name, e.g. \"openai\"") String slug,
            @NonNull @Description("Display name") String name,
            @NonNull @Description("Other names it is known by, in any language or script") List<@NonNull String> aliases,
            @Description("ISO 3166 country code of its headquarters") String country,
            @Description("Home page") String website) implements Node {

        @Override
        @Id
        @NonNull
        @Description(Node.GLOBAL_ID)
        public String getGlobalId() {
            return GlobalId.of(GlobalId.NodeType.Vendor, id);
        }
    }

    @Type("Pricing")
    @Description("List price of a model's API, per million tokens.")
    public record Pricing(
            @Description("Price per million input tokens") BigDecimal inputPerMillion,
            @Description("Price per million output tokens") BigDecimal outputPerMillion,
            @Description("ISO 4217 currency code") String currency,
            @Description("Date the price was observed") LocalDate asOf) {
    }

    @Type("Model")
    @Description("An AI model, as one identity shared by news and benchmarks.")
    public record Model(
            @Id @NonNull @Description("Stable id") String id,
            @NonNull @Description("URL-safe unique name, e.g. \"gpt-5-2\"") String slug,
            @NonNull @Description("Display name") String name,
            @NonNull @Description("Other names it is known by, in any language or script") List<@NonNull String> aliases,
            @Description("Family it belongs to, e.g. \"Gemini 3\"") String family,
            @Description("What it takes in and produces") Modality modality,
            @Description("Public release date") LocalDate releaseDate,
            @Description("Whether its weights can be downloaded") Boolean openWeights,
            @Description("Number of parameters, when disclosed") Long parameterCount,
            @Description("Context window in tokens, when disclosed") Long contextWindow,
            @Description("API list price") Pricing pricing,
            @NonNull @Description("In the catalogue, or a name found in articles only (no vendor, results or ranks "
                    + "then)") ModelStatus status,
            @Ignore String vendorId) implements Node {

        @Override
        @Id
        @NonNull
        @Description(Node.GLOBAL_ID)
        public String getGlobalId() {
            return GlobalId.of(GlobalId.NodeType.Model, id);
        }

        /** Its id when it is in the catalogue, else null: catalogue relations are asked for these only. */
        public static String catalogueId(Model model) {
            return ModelStatus.catalogueId(model.id());
        }
    }

    @Type("Benchmark")
    @Description("A benchmark that models are scored on.")
    public record Benchmark(
            @Id @NonNull @Description("Stable id") String id,
            @NonNull @Description("URL-safe unique name, e.g. \"swe-bench-verified\"") String slug,
            @NonNull @Description("Display name") String name,
            @NonNull @Description("Other names and registered misspellings") List<@NonNull String> aliases,
            @Description("What it measures") BenchmarkCategory category,
            @Description("Unit of its scores") ScoreUnit unit,
            @NonNull @Description("Whether a higher score is better") Boolean higherIsBetter,
            @Description("Lowest valid score") Double minValue,
            @Description("Highest valid score") Double maxValue,
            @NonNull @Description("Whether it is in the catalogue") BenchmarkStatus status) implements Node {

        @Override
        @Id
        @NonNull
        @Description(Node.GLOBAL_ID)
        public String getGlobalId() {
            return GlobalId.of(GlobalId.NodeType.Benchmark, id);
        }
    }

    @Type("Source")
    @Description("Where a number came from.")
    public record Source(
            @Description("Web page of the report") String url,
            @Description("Id of the Frontier Watch article it was taken from") String articleId,
            @Description("The exact words of the report") String quote,
            @Description("Whether the vendor itself or a third party reported it") ReportedBy reportedBy,
            @Description("Who published the report") String publisher,
            @Description("When it was retrieved") Instant retrievedAt) {
    }

    @Type("BenchmarkResult")
    @Description("A model's score on a benchmark under stated conditions, with every source that reports it.")
    public record BenchmarkResult(
            @Id @NonNull @Description("Stable id") String id,
            @NonNull @Description("The score, in the benchmark's unit") Double value,
            @Description("Standard error, when reported") Double stderr,
            @Description("Lower bound of the reported interval") Double lowerBound,
            @Description("Upper bound of the reported interval") Double upperBound,
            @NonNull @Description("Conditions such as \"no-tools\" or \"pass@1\"; scores are only ranked against scores with the same conditions") List<@NonNull String> conditions,
            @Description("When it was measured or reported") LocalDate measuredOn,
            @NonNull @Description("True when another value is on record for the same model, benchmark and conditions") Boolean disputed,
            @NonNull @Description("Every report of this value") List<@NonNull Source> sources,
            @Ignore String modelId,
            @Ignore String benchmarkId) {
    }
}
