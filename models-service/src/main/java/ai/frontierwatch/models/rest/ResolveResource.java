package ai.frontierwatch.models.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.service.ResolutionService;
import ai.frontierwatch.models.service.ResolutionService.Resolution;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity resolution", description = "Any surface form of a vendor, model or benchmark to its entity")
public class ResolveResource {

    /** Many names in one call, optionally of one kind. */
    public record ResolveBatch(@NotEmpty @Size(max = 1000) List<@NotNull @Size(max = 300) String> names, String kind) {
    }

    private final ResolutionService resolution;

    public ResolveResource(ResolutionService resolution) {
        this.resolution = resolution;
    }

    @GET
    @Operation(summary = "Resolve one name",
            description = "Folds case, width, punctuation, spacing, version spelling and Traditional/Simplified "
                    + "Chinese. A model name that finds nothing so is tried by its identity key: word order, makers' "
                    + "names, Chinese product names and snapshot dates do not matter ('OpenAI o3' = 'o3', 'Claude 4.5 "
                    + "Sonnet' = 'Claude Sonnet 4.5', 'GPT-4o 0806' = 'gpt-4o-2024-08-06'); sizes, tiers, "
                    + "base/instruct and thinking do. RESOLVED has one match; AMBIGUOUS lists every candidate with the "
                    + "reason; UNKNOWN none.")
    public Resolution resolve(@QueryParam("name") @NotBlank @Size(max = 300) String name,
            @QueryParam("kind") String kind) {
        return resolution.resolve(name, kind(kind));
    }

    @POST
    @Operation(summary = "Resolve many names; answers in the order of the names")
    public List<Resolution> resolveAll(@Valid @NotNull ResolveBatch body) {
        return resolution.resolveAll(body.names(), kind(body.kind()));
    }

    private static EntityKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return EntityKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind must be one of MODEL, VENDOR, BENCHMARK");
        }
    }
}
