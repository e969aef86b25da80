package ai.frontierwatch.articles.rest;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.domain.Article;
import ai.frontierwatch.articles.repository.ArticleRepository;
import ai.frontierwatch.articles.search.SearchService;
import ai.frontierwatch.articles.service.ArticleWriter;
import ai.frontierwatch.articles.service.IngestResult;
import ai.frontierwatch.articles.service.IngestionService;
import ai.frontierwatch.articles.service.NewArticle;
import ai.frontierwatch.commons.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingestion of documents and the articles parsed from them")
public class ArticleResource {

    private static final String INGEST_RULES = """
            A digest (sections that each carry a labelled source such as 来源/Source) yields one article per entry. \
            Answers 201 when at least one article was created, 200 when every article was already stored \
            (same canonical URL with tracking parameters removed, or same normalized content: UNCHANGED) or was \
            updated (UPDATED). Rejected with problem+json and nothing stored: an empty body (400), bytes that are \
            not UTF-8 (400), more than the size limit (413, 5 MB by default), an article whose event would be larger than \
            Kafka accepts (413, 1 MiB of text and tables by default), front matter that is not YAML (422). \
            A date that does not parse does NOT reject the document: the article is stored with its date unknown \
            (publishedAt null) and a warning, because the rest of its content is still worth having and an editor \
            can correct the date; consumers already handle articles without a date.""";

    /** An article sent as fields; body is Markdown (it may hold front matter, or a whole digest). */
    public record ArticleInput(
            @Size(max = 500) String title,
            @Size(max = 2000) String url,
            @Size(max = 200) String source,
            @Size(max = 300) String author,
            @Size(max = 64) String publishedAt,
            @NotBlank String body,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
            @Size(max = 200) String category) {

        NewArticle toNew() {
            return new NewArticle(title, url, source, author, publishedAt, body, tags, category);
        }
    }

    private final IngestionService ingestion;
    private final ArticleWriter writer;
    private final ArticleRepository articles;
    private final SearchService search;
    private final ArticlesConfig config;

    public ArticleResource(IngestionService ingestion, ArticleWriter writer, ArticleRepository articles,
            SearchService search, ArticlesConfig config) {
        this.ingestion = ingestion;
        this.writer = writer;
        this.articles = articles;
        this.search = search;
        this.config = config;
    }

    @POST
    @Consumes({"text/markdown", "text/x-markdown", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Ingest one raw document (Markdown with or without YAML front matter, or plain text, UTF-8)",
            description = INGEST_RULES)
    public Response ingestDocument(byte[] body,
            @Parameter(description = "File path or name the document came from; kept as metadata, never used for parsing")
            @QueryParam("origin") String origin) {
        return respond(ingestion.ingestDocument(body, origin));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article given as fields", description = INGEST_RULES
            + " Fields given beside the body win over what the body says.")
    public Response ingestFields(@Valid @NotNull ArticleInput input) {
        return respond(ingestion.ingest(input.toNew()));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest several articles given as fields, all or nothing", description = INGEST_RULES
            + " One unreadable item rejects the whole batch; the limit is 200 items by default.")
    public Response ingestBatch(@NotNull @NotEmpty List<@Valid @NotNull ArticleInput> batch) {
        return respond(ingestion.ingestBatch(batch.stream().map(ArticleInput::toNew).toList()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its parsed structure")
    public ArticleViews.Full get(@PathParam("id") String id) {
        return articles.findByIdOptional(Params.id(id)).map(ArticleViews::full)
                .orElseThrow(() -> ProblemException.notFound("Article", id));
    }

    @GET
    @Operation(summary = "Articles by ids (one call for many), or a filtered feed, newest first, with cursor pagination",
            description = "With ids: the full articles in the order asked, unknown ids left out. Without ids: a page "
                    + "of article summaries; pass nextCursor back as 'after' for the next page.")
    public Object list(
            @Parameter(description = "Comma-separated article ids (at most 200)") @QueryParam("ids") String ids,
            @BeanParam FilterParams params) {
        if (ids != null && !ids.isBlank()) {
            return byIds(ids);
        }
        SearchService.Result page = search.search(null, params.filters(), params.after, params.pageSize(config),
                false);
        return new ArticleViews.Page<>(page.hits().stream().map(h -> ArticleViews.summary(h.article())).toList(),
                page.nextCursor());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article (publishes ARTICLE_DELETED)")
    public Response delete(@PathParam("id") String id) {
        writer.delete(Params.id(id));
        return Response.noContent().build();
    }

    private Map<String, List<ArticleViews.Full>> byIds(String ids) {
        List<String> asked = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (asked.size() > config.maxIds()) {
            throw ProblemException.badRequest("At most " + config.maxIds() + " ids per call");
        }
        LinkedHashSet<UUID> uuids = new LinkedHashSet<>();
        for (String s : asked) {
            try {
                uuids.add(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                // an id this service never gave out: simply not found
            }
        }
        Map<UUID, Article> found = articles.listByIds(uuids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return Map.of("items", uuids.stream().filter(found::containsKey).map(found::get).map(ArticleViews::full).toList());
    }

    private static Response respond(IngestResult result) {
        return Response.status(result.anyCreated() ? 201 : 200).entity(result).build();
    }
}
