package ai.frontierwatch.gateway.schema;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.insights.ClaimConflictDetected;
import ai.frontierwatch.contracts.insights.StateOfTheArtChanged;
import java.util.List;

/** Event payloads as the subscription types. */
public final class LiveMapping {

    private LiveMapping() {
    }

    public static LiveTypes.PublishedArticle article(ArticleState a) {
        return new LiveTypes.PublishedArticle(a.id(), a.title() == null ? "" : a.title(), a.url(), a.source(),
                a.publishedAt(), Language.of(a.language()), a.category(), a.tags() == null ? List.of() : a.tags());
    }

    public static LiveTypes.NewStateOfTheArt stateOfTheArt(StateOfTheArtChanged c) {
        return new LiveTypes.NewStateOfTheArt(c.benchmarkId(), c.benchmarkSlug(), c.benchmarkName(),
                InsightMapping.conditions(c.conditions()), ScoreUnit.of(c.unit()), c.higherIsBetter(), c.modelId(),
                c.modelSlug(), c.modelName(), c.value(), c.resultId(), c.previousModelId(), c.previousModelSlug(),
                c.previousValue(), c.asOf());
    }

    public static LiveTypes.ClaimConflict claimConflict(ClaimConflictDetected c) {
        return new LiveTypes.ClaimConflict(c.claimId(), c.articleId(), c.publishedAt(), c.modelId(), c.modelSlug(),
                c.modelName(), c.benchmarkId(), c.benchmarkSlug(), c.benchmarkName(), c.claimedValue(), c.unit(),
                InsightMapping.conditions(c.conditions()),
                c.recorded() == null ? List.of() : c.recorded().stream().map(r -> new LiveTypes.RecordedScore(
                        r.resultId(), r.value(), InsightMapping.conditions(r.conditions()))).toList(),
                c.quote() == null ? "" : c.quote());
    }
}
