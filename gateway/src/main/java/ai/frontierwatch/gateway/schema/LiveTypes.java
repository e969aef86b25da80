package ai.frontierwatch.gateway.schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What subscriptions deliver: flat snapshots of the event, complete when it happens (no further lookups). */
public final class LiveTypes {

    private LiveTypes() {
    }

    @Type("PublishedArticle")
    @Description("An article that was just published. Query `article(id:)` for its mentions, claims and sections.")
    public record PublishedArticle(@NonNull @Id @Description("The article's id, for `article(id:)`") String id,
            @NonNull @Description("Title as published") String title,
            @Description("Canonical URL, tracking parameters removed") String url,
            @Description("Outlet or publication") String source,
            @Description("Publication time with its offset; null when the document gave no usable date") OffsetDateTime publishedAt,
            @Description("Detected language") Language language,
            @Description("Category given by the source") String category,
            @NonNull @Description("Tags given by the source or the document") List<@NonNull String> tags) {
    }

    @Type("NewStateOfTheArt")
    @Description("The best result on a leaderboard (one benchmark under one set of conditions) changed: another model "
            + "leads, or the leader's score changed.")
    public record NewStateOfTheArt(@NonNull @Id @Description("The benchmark's id") String benchmarkId,
            @Description("The benchmark's slug") String benchmarkSlug,
            @Description("The benchmark's display name") String benchmarkName,
            @NonNull @Description("The leaderboard's conditions; empty when its results state none")
            List<@NonNull String> conditions,
            @NonNull @Description("Unit of `value` and `previousValue`") ScoreUnit unit,
            @NonNull @Description("Whether a higher score is better on this benchmark") Boolean higherIsBetter,
            @NonNull @Id @Description("Id of the model that leads now") String modelId,
            @Description("Slug of the model that leads now") String modelSlug,
            @Description("Display name of the model that leads now") String modelName,
            @NonNull @Description("The new best score") Double value,
            @NonNull @Id @Description("The leading benchmark result") String resultId,
            @Id @Description("Who led before; null when the leaderboard is new") String previousModelId,
            @Description("Slug of the model that led before; null when the leaderboard is new") String previousModelSlug,
            @Description("The best score before; null when the leaderboard is new") Double previousValue,
            @Description("The day the leading result was measured") LocalDate asOf) {
    }

    @Type("ClaimConflict")
    @Description("An article states a score that differs from every value on record for the same model, benchmark and "
            + "conditions. Delivered once per claim, when it is first found to conflict.")
    public record ClaimConflict(@NonNull @Id @Description("The claim's id, for `acceptClaim` and `rejectClaim`") String claimId,
            @NonNull @Id @Description("The article that states it, for `article(id:)`") String articleId,
            @Description("The article's publication time; null when it gave none") OffsetDateTime publishedAt,
            @Id @Description("The model's catalogue id") String modelId,
            @Description("The model's slug") String modelSlug,
            @Description("The model as the article wrote it") String modelName,
            @Id @Description("The benchmark's catalogue id") String benchmarkId,
            @Description("The benchmark's slug") String benchmarkSlug,
            @Description("The benchmark as the article wrote it") String benchmarkName,
            @NonNull @Description("The value the article states, in `unit`") Double claimedValue,
            @Description("Unit of the claimed value, e.g. PERCENT") String unit,
            @NonNull @Description("Conditions the article states, e.g. \"no-tools\"; empty when none") List<@NonNull String> conditions,
            @NonNull @Description("The values on record it was compared with") List<@NonNull RecordedScore> recorded,
            @NonNull @Description("The exact words the value was taken from") String quote) {
    }

    @Type("RecordedScore")
    @Description("A result on record.")
    public record RecordedScore(@NonNull @Id @Description("Id of the benchmark result on record") String resultId,
            @NonNull @Description("Its value, in the benchmark's unit") Double value,
            @NonNull @Description("Its conditions; empty when it states none") List<@NonNull String> conditions) {
    }
}
