package ai.frontierwatch.insights.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.insights.domain.DiscoveredModel;
import ai.frontierwatch.insights.service.DiscoveryService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Model names articles use that the catalogue does not know, and families they name: the editors' queue. */
@Path("/api/v1/discovered")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discovered models")
public class DiscoveredResource {

    /** "discovered:3.6-27b-qwen", "family:3-gemini". */
    private static final Pattern ID = Pattern.compile("(discovered|family):[\\p{L}\\p{N}.\\-]{1,100}");

    /** A dismissal: the discovered model or family whose name is not to be proposed again. */
    public record Dismissal(@NotBlank @Size(max = 120) String id) {
    }

    private final DiscoveryService discovery;

    public DiscoveredResource(DiscoveryService discovery) {
        this.discovery = discovery;
    }

    @GET
    @Operation(summary = "Discovered models and families by id, or the queue of them",
            description = "With ids: one entry per known id, in request order (unknown ids are left out). Without: "
                    + "a page of the queue, most named first, with the cursor of the next page.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {DiscoveredModel[].class,
            DiscoveryService.Page.class})))
    @APIResponse(responseCode = "400", description = "A malformed id, kind, limit or cursor")
    public Object list(@Parameter(description = "Comma-separated discovered:/family: ids") @QueryParam("ids") String ids,
            @Parameter(description = "MODEL or FAMILY (queue only)") @QueryParam("kind") String kind,
            @Parameter(description = "Page size (1-100, default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "Cursor of the next page") @QueryParam("after") String after) {
        List<String> wanted = Params.ids(ids, "ids");
        wanted.forEach(DiscoveredResource::checkId);
        if (!wanted.isEmpty()) {
            return discovery.find(wanted);
        }
        List<DiscoveredModel.Kind> kinds = kind == null || kind.isBlank() ? List.of()
                : Params.enums(kind, DiscoveredModel.Kind.class, "kind");
        if (kinds.size() > 1 || (kinds.isEmpty() && kind != null && !kind.isBlank())) {
            throw ProblemException.invalidParameter("kind", "must be one of MODEL, FAMILY, not '" + kind + "'");
        }
        DiscoveredModel.Kind k = kinds.isEmpty() ? null : kinds.get(0);
        if (after != null && after.length() > 400) {
            throw ProblemException.badRequest("Malformed cursor");
        }
        return discovery.queue(k, after, Params.bounded(limit, 50, 1, 100, "limit"));
    }

    @POST
    @Path("/dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss a discovered model or family: its name is not proposed again")
    @APIResponse(responseCode = "204", description = "Dismissed; its articles are derived again without it")
    @APIResponse(responseCode = "400", description = "Not a discovered model or family id")
    @APIResponse(responseCode = "404", description = "No article names it")
    public Response dismiss(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull Dismissal body) {
        checkId(body.id());
        discovery.dismiss(body.id());
        return Response.noContent().build();
    }

    private static void checkId(String id) {
        if (!ID.matcher(id).matches()) {
            throw ProblemException.badRequest("Not a discovered model or family id: " + id.replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
