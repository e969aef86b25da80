package ai.frontierwatch.gateway.schema;

import ai.frontierwatch.gateway.schema.CatalogTypes.Source;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Output types of what Frontier Watch derives: mentions, claims, leaderboards, comparisons, trends. */
public final class InsightTypes {

    private InsightTypes() {
    }

    @Description("Whether a mention names a model or a vendor.")
    public enum MentionKind {
        @Description("A model, in the catalogue or only discovered in articles") MODEL,
        @Description("A vendor of the catalogue") VENDOR
    }

    @Description("How a claim compares with what is on record for the same model, benchmark and conditions.")
    public enum ClaimStatus {
        @Description("The record holds the same value, within the rounding of the written number") CORROBORATES,
        @Description("The record holds a different value") CONFLICTS,
        @Description("Nothing is on record") NEW,
        @Description("The model or benchmark named is not in the catalogue") UNRESOLVED
    }

    @Description("Where a claim stands in the editors' review queue.")
    public enum ReviewState {
        @Description("Not decided yet") PENDING,
        @Description("Accepted: its value is in the catalogue, with the article as a third-party source") ACCEPTED,
        @Description("Rejected; it stays so") REJECTED
    }

    @Type("MentionPosition")
    @Description("One occurrence: offsets [start, end) in the article's title or body, and the text found there.")
    public record MentionPosition(
            @NonNull @Description("\"title\" or \"body\" (the Markdown body)") String field,
            @NonNull @Description("Offset of the first character (0-based)") Integer start,
            @NonNull @Description("Offset just after the last character") Integer end,
            @NonNull @Description("The text found there, as written") String surface) {
    }

    @Type("Mention")
    @Description("Every place an article names one model or vendor.")
    public record Mention(@NonNull @Description("Whether `model` or `vendor` is set") MentionKind kind,
            @NonNull @Description("Number of occurrences") Integer count,
            @NonNull @Description("Every occurrence, title first, in text order") List<@NonNull MentionPosition> positions,
            @Ignore String entityId) {
    }

    @Type("TableCell")
    @Description("A cell of an article's table (0-based; row 0 is the first row under the header).")
    public record TableCell(@NonNull @Description("Index of the table in `Article.tables`") Integer table,
            @NonNull @Description("Row index in the table's `rows`") Integer row,
            @NonNull @Description("Column index (0 is the first column)") Integer column) {
    }

    @Type("RecordedValue")
    @Description("A result on record that a claim was compared with.")
    public record RecordedValue(@NonNull @Id @Description("Id of the benchmark result on record") String resultId,
            @NonNull @Description("Its value, in the benchmark's unit") Double value,
            @NonNull @Description("Its conditions, e.g. \"no-tools\"; empty when it states none") List<@NonNull String> conditions) {
    }

    @Type("ClaimReview")
    @Description("The editors' decision on a claim.")
    public record ClaimReview(@NonNull @Description("Pending, accepted or rejected") ReviewState state,
            @Description("The editor's note on the decision") String note,
            @Description("The result recorded in the catalogue when the claim was accepted") String resultId) {
    }

    @Type("Claim")
    @Description("A benchmark score an article states, checked against the record.")
    public record Claim(
            @Id @NonNull @Description("Stable id") String id,
            @NonNull @Description("The model's name as written") String modelName,
            @NonNull @Description("The benchmark's name as written") String benchmarkName,
            @NonNull @Description("The value as stated, in `unit`") Double value,
            @Description("Unit of the value, e.g. PERCENT") String unit,
            @NonNull @Description("Conditions stated, e.g. no-tools") List<@NonNull String> conditions,
            @Description("The exact words the value was taken from") String quote,
            @Description("Offset of the quote in the article body (prose claims)") Integer quoteStart,
            @Description("End offset of the quote in the article body") Integer quoteEnd,
            @Description("The table cell the value is in (table claims)") TableCell tableCell,
            @NonNull @Description("How it compares with the record") ClaimStatus status,
            @NonNull @Description("Results on record it was compared with") List<@NonNull RecordedValue> recorded,
            @NonNull @Description("The editors' decision; PENDING until one is made") ClaimReview review,
            @Ignore String modelId,
            @Ignore String benchmarkId) {
    }

    @Type("LeaderboardEntry")
    @Description("A model's best comparable result on a benchmark and its place.")
    public record LeaderboardEntry(
            @NonNull @Description("1 + the number of models better and not tied") Integer rank,
            @NonNull @Description("The score, in the benchmark's unit") Double value,
            @Description("Standard error, when reported") Double stderr,
            @Description("Lower bound of the reported interval") Double lowerBound,
            @Description("Upper bound of the reported interval") Double upperBound,
            @Description("Distance to the next entry down, in the benchmark's unit; null for the last") Double gapToNext,
            @NonNull @Description("True when tied with another entry (equal values or overlapping uncertainty)") Boolean tied,
            @Description("When the result was measured or reported") LocalDate measuredOn,
            @NonNull @Description("True when another value is on record for the same model, benchmark and conditions") Boolean disputed,
            @NonNull @Description("Where the value came from") List<@NonNull Source> sources,
            @Ignore String modelId) {
    }

    @Type("Leaderboard")
    @Description("A benchmark's ranking under one set of conditions, as it stood on a date.")
    public record Leaderboard(
            @NonNull @Description("Conditions all entries share; only comparable results are ranked together") List<@NonNull String> conditions,
            @Description("The date it stood on; null means now") LocalDate asOf,
            @NonNull @Description("Best first; tied entries share a rank") List<@NonNull LeaderboardEntry> entries) {
    }

    @Type("StateOfTheArtChange")
    @Description("A date on which a benchmark's best result changed hands or improved.")
    public record StateOfTheArtChange(@NonNull @Description("Day the leading result was measured or reported") LocalDate date,
            @NonNull @Description("The new best score, in the benchmark's unit") Double value,
            @Description("Improvement over the previous best") Double improvement, @Ignore String modelId) {
    }

    @Type("BenchmarkRank")
    @Description("A model's place on one benchmark's leaderboard.")
    public record BenchmarkRank(@NonNull @Description("1 + the number of models better and not tied") Integer rank,
            @NonNull @Description("Models ranked") Integer entries,
            @NonNull @Description("The model's best comparable score, in the benchmark's unit") Double value,
            @NonNull @Description("The leaderboard's conditions; empty when its results state none") List<@NonNull String> conditions,
            @NonNull @Description("True when tied with another model (equal values or overlapping uncertainty)") Boolean tied,
            @Ignore String benchmarkId) {
    }

    @Type("ModelScore")
    @Description("One model's value in a comparison row.")
    public record ModelScore(@NonNull @Description("The model's best score under the row's conditions, in the "
            + "benchmark's unit") Double value, @Ignore String modelId) {
    }

    @Type("ComparisonRow")
    @Description("One shared benchmark in a head-to-head comparison.")
    public record ComparisonRow(
            @NonNull @Description("Conditions the scores share; empty when they state none") List<@NonNull String> conditions,
            @NonNull @Description("One score per compared model") List<@NonNull ModelScore> scores,
            @NonNull @Description("True when the best values are equal or their uncertainty overlaps") Boolean tie,
            @Description("Distance from the winner to the runner-up") Double margin,
            @Ignore String benchmarkId,
            @Ignore String winnerModelId) {
    }

    @Type("ComparisonTally")
    @Description("A model's record in a comparison.")
    public record ComparisonTally(@NonNull @Description("Rows where it has the best score alone") Integer wins,
            @NonNull @Description("Rows where another model has the best score") Integer losses,
            @NonNull @Description("Rows where it ties for the best score") Integer ties,
            @Ignore String modelId) {
    }

    @Type("Comparison")
    @Description("Two or more models head to head on the benchmarks they share under equal conditions.")
    public record Comparison(
            @NonNull @Description("One row per shared benchmark and conditions") List<@NonNull ComparisonRow> benchmarks,
            @NonNull @Description("Wins, losses and ties per model") List<@NonNull ComparisonTally> tallies) {
    }

    @Type("TrendPoint")
    @Description("Mentions in one day or week, by publication date.")
    public record TrendPoint(
            @NonNull @Description("The day, or the Monday of the ISO week, in UTC") LocalDate period, @NonNull @Description("Articles naming it") Integer articles,
            @NonNull @Description("Occurrences in all") Integer mentions) {
    }

    @Description("Granularity of a trend.")
    public enum TrendInterval {
        @Description("One point per calendar day (UTC)") DAY,
        @Description("One point per ISO week, Monday to Sunday (UTC)") WEEK
    }

    @Type("TrendingModel")
    @Description("A model whose mentions rise: this window against the one before.")
    public record TrendingModel(@NonNull @Description("First day of the window") LocalDate windowStart,
            @NonNull @Description("Last day of the window") LocalDate asOf,
            @NonNull @Description("Articles in this window") Integer current,
            @NonNull @Description("Articles in the previous window") Integer previous,
            @NonNull @Description("`current` - `previous`") Integer change,
            @Description("Relative growth, `current` / `previous` - 1 (0.5 is +50%); null when the previous window had none") Double growth,
            @Ignore String modelId) {
    }
}
