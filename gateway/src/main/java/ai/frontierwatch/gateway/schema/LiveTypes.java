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
    public record PublishedArticle(@NonNull @Id String id, @NonNull String title, String url, String source,
            @Description("Null when the document gave no usable date") OffsetDateTime publishedAt, Language language,
            String category, @NonNull List<@NonNull String> tags) {
    }

    @Type("NewStateOfTheArt")
    @Description("The best result on a leaderboard (one benchmark under one set of conditions) changed: another model "
            + "leads, or the leader's score changed.")
    public record NewStateOfTheArt(@NonNull @Id String benchmarkId, String benchmarkSlug, String benchmarkName,
            @NonNull @Description("The leaderboard's conditions; empty when its results state none")
            List<@NonNull String> conditions,
            @NonNull ScoreUnit unit, @NonNull Boolean higherIsBetter,
            @NonNull @Id String modelId, String modelSlug, String modelName,
            @NonNull @Description("The new best score") Double value,
            @NonNull @Id @Description("The leading benchmark result") String resultId,
            @Id @Description("Who led before; null when the leaderboard is new") String previousModelId,
            String previousModelSlug, Double previousValue,
            @Description("The day the leading result was measured") LocalDate asOf) {
    }

    @Type("ClaimConflict")
    @Description("An article states a score that differs from every value on record for the same model, benchmark and "
            + "conditions. Delivered once per claim, when it is first found to conflict.")
    public record ClaimConflict(@NonNull @Id String claimId, @NonNull @Id String articleId, OffsetDateTime publishedAt,
            @Id String modelId, String modelSlug, @Description("The model as the article wrote it") String modelName,
            @Id String benchmarkId, String benchmarkSlug,
            @Description("The benchmark as the article wrote it") String benchmarkName,
            @NonNull Double claimedValue, String unit, @NonNull List<@NonNull String> conditions,
            @NonNull @Description("The values on record it was compared with") List<@NonNull RecordedScore> recorded,
            @NonNull String quote) {
    }

    @Type("RecordedScore")
    @Description("A result on record.")
    public record RecordedScore(@NonNull @Id String resultId, @NonNull Double value,
            @NonNull List<@NonNull String> conditions) {
    }
}
