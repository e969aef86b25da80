package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.InsightsClient;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.schema.ArticleTypes.Article;
import ai.frontierwatch.gateway.schema.CatalogTypes.Benchmark;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.CatalogTypes.Vendor;
import ai.frontierwatch.gateway.schema.InsightMapping;
import ai.frontierwatch.gateway.schema.InsightTypes.Claim;
import ai.frontierwatch.gateway.schema.InsightTypes.Mention;
import ai.frontierwatch.gateway.schema.InsightTypes.MentionKind;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** What articles say: their mentions and claims, and the latest articles about a model. */
@GraphQLApi
public class ArticleInsightFetchers {

    private static final int MAX_LATEST = 50;

    private final InsightsClient insights;
    private final ArticleLookup articles;
    private final CatalogLookup catalog;
    private final ModelLookup models;
    private final Offload offload;

    public ArticleInsightFetchers(InsightsClient insights, ArticleLookup articles, CatalogLookup catalog,
            ModelLookup models, Offload offload) {
        this.insights = insights;
        this.articles = articles;
        this.catalog = catalog;
        this.models = models;
        this.offload = offload;
    }

    @Description("The models and vendors the article names, with where.")
    public CompletionStage<List<List<@NonNull Mention>>> mentions(@Source List<Article> parents) {
        return offload.run(() -> {
            var ids = Batches.keys(parents, Article::id);
            var found = Downstream.call(InsightsClient.SERVICE, () -> insights.mentionsOfArticles(ids));
            Map<String, List<Mention>> byArticle = new HashMap<>();
            found.forEach(a -> byArticle.put(a.articleId(), a.mentions() == null ? List.of()
                    : a.mentions().stream().map(InsightMapping::mention).toList()));
            return Batches.alignLists(parents, Article::id, byArticle);
        });
    }

    @Description("The benchmark claims the article makes, each checked against the record.")
    public CompletionStage<List<List<@NonNull Claim>>> claims(@Source List<Article> parents) {
        return offload.run(() -> {
            var ids = Batches.keys(parents, Article::id);
            var found = Downstream.call(InsightsClient.SERVICE, () -> insights.claimsOfArticles(ids));
            Map<String, List<Claim>> byArticle = new HashMap<>();
            found.forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new java.util.ArrayList<>())
                    .add(InsightMapping.claim(c)));
            return Batches.alignLists(parents, Article::id, byArticle);
        });
    }

    @Description("The model named, in the catalogue or only discovered in articles (see `Model.status`); null when "
            + "the mention is of a vendor.")
    public CompletionStage<List<Model>> model(@Source List<Mention> parents) {
        return offload.run(() -> Batches.align(parents, m -> m.kind() == MentionKind.MODEL ? m.entityId() : null,
                models.models(Batches.keys(parents, m -> m.kind() == MentionKind.MODEL ? m.entityId() : null))));
    }

    @Description("The vendor named; null when the mention is of a model.")
    public CompletionStage<List<Vendor>> vendor(@Source List<Mention> parents) {
        return offload.run(() -> Batches.align(parents, m -> m.kind() == MentionKind.VENDOR ? m.entityId() : null,
                catalog.vendors(Batches.keys(parents, m -> m.kind() == MentionKind.VENDOR ? m.entityId() : null))));
    }

    @Name("model")
    @Description("The model the claim is about, in the catalogue or only discovered in articles (see "
            + "`Model.status`); null when the name is known to neither.")
    public CompletionStage<List<Model>> claimModel(@Source List<Claim> parents) {
        return offload.run(() -> Batches.align(parents, Claim::modelId,
                models.models(Batches.keys(parents, Claim::modelId))));
    }

    @Name("benchmark")
    @Description("The catalogue benchmark the claim is on; null when the name is not in the catalogue.")
    public CompletionStage<List<Benchmark>> claimBenchmark(@Source List<Claim> parents) {
        return offload.run(() -> Batches.align(parents, Claim::benchmarkId,
                catalog.benchmarks(Batches.keys(parents, Claim::benchmarkId))));
    }

    @Description("The latest articles naming the model, newest first; none for a model not in the catalogue.")
    public CompletionStage<List<List<@NonNull Article>>> latestArticles(@Source List<Model> parents,
            @Name("first") @DefaultValue("5") @Description("1 to 50") int first) {
        return offload.run(() -> {
            if (first < 1 || first > MAX_LATEST) {
                throw new BadUserInputException("first", "must be between 1 and " + MAX_LATEST);
            }
            var ids = Batches.keys(parents, Model::catalogueId);
            var refs = Downstream.call(InsightsClient.SERVICE, () -> insights.latestArticles(ids, first));
            Set<String> articleIds = new LinkedHashSet<>();
            refs.forEach(e -> e.articles().forEach(a -> articleIds.add(a.articleId())));
            Map<String, Article> byId = articles.byIds(articleIds);
            Map<String, List<Article>> byModel = new HashMap<>();
            refs.forEach(e -> byModel.put(e.entityId(), e.articles().stream().map(a -> byId.get(a.articleId()))
                    .filter(java.util.Objects::nonNull).toList()));
            return Batches.alignLists(parents, Model::catalogueId, byModel);
        });
    }
}
