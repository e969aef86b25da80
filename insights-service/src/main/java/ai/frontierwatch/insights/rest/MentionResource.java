package ai.frontierwatch.insights.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.insights.domain.Mention;
import ai.frontierwatch.insights.repository.DerivedStore;
import ai.frontierwatch.insights.service.IdResolver;
import ai.frontierwatch.insights.service.MentionService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which vendors and models articles name; batch-keyed for the gateway. */
@Path("/api/v1/mentions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentions")
public class MentionResource {

    /** The mentions of one article. */
    public record ArticleMentions(String articleId, List<Mention> mentions) {
    }

    /** The latest articles naming one model or vendor. */
    public record EntityArticles(String entityId, List<DerivedStore.ArticleRef> articles) {
    }

    private final MentionService mentions;
    private final IdResolver ids;

    public MentionResource(MentionService mentions, IdResolver ids) {
        this.mentions = mentions;
        this.ids = ids;
    }

    @GET
    @Operation(summary = "Mentions of many articles, or the latest articles naming many models/vendors",
            description = "With articleIds: one ArticleMentions per requested article, in request order. With modelIds "
                    + "and/or vendorIds (ids or slugs): one EntityArticles per entity, newest articles first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {ArticleMentions[].class,
            EntityArticles[].class})))
    @APIResponse(responseCode = "400", description = "No key, both kinds of key, or more than 200 ids")
    public List<?> list(@Parameter(description = "Comma-separated article ids") @QueryParam("articleIds") String articleIds,
            @Parameter(description = "Comma-separated model ids or slugs") @QueryParam("modelIds") String modelIds,
            @Parameter(description = "Comma-separated vendor ids or slugs") @QueryParam("vendorIds") String vendorIds,
            @Parameter(description = "Articles per entity (1-100, default 10)") @QueryParam("limit") Integer limit) {
        List<String> articles = Params.ids(articleIds, "articleIds");
        List<String> entities = new ArrayList<>(ids.models(Params.ids(modelIds, "modelIds")));
        entities.addAll(ids.vendors(Params.ids(vendorIds, "vendorIds")));
        if (articles.isEmpty() == entities.isEmpty()) {
            throw ProblemException.badRequest("Give either articleIds or modelIds/vendorIds");
        }
        if (!articles.isEmpty()) {
            return mentions.byArticle(articles).entrySet().stream()
                    .map(e -> new ArticleMentions(e.getKey(), e.getValue())).toList();
        }
        int n = Params.bounded(limit, 10, 1, 100, "limit");
        return mentions.latestArticles(entities, n).entrySet().stream()
                .map(e -> new EntityArticles(e.getKey(), e.getValue())).toList();
    }
}
