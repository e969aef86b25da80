package ai.frontierwatch.insights.rest;

import ai.frontierwatch.insights.domain.Claim;
import ai.frontierwatch.insights.domain.ClaimStatus;
import ai.frontierwatch.insights.domain.ReviewState;
import ai.frontierwatch.insights.repository.DerivedStore;
import ai.frontierwatch.insights.service.ClaimService;
import ai.frontierwatch.insights.service.IdResolver;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Benchmark claims found in articles, checked against the record; the editors' review queue. */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    /** A page of claims. */
    public record ClaimPage(List<Claim> items, long total, int limit, int offset) {
    }

    /** An editor's decision; {@code measuredOn} (accept only) defaults to the article's publication date. */
    public record Decision(@Size(max = 2000) String note, String measuredOn) {
    }

    private final ClaimService claims;
    private final IdResolver ids;

    public ClaimResource(ClaimService claims, IdResolver ids) {
        this.claims = claims;
        this.ids = ids;
    }

    @GET
    @Operation(summary = "Claims, filtered by articles, models, benchmarks, status and review state",
            description = "Newest article first; within an article, table cells in order, then prose in order.")
    public ClaimPage list(@Parameter(description = "Comma-separated article ids") @QueryParam("articleIds") String articleIds,
            @Parameter(description = "Comma-separated model ids or slugs") @QueryParam("modelIds") String modelIds,
            @Parameter(description = "Comma-separated benchmark ids or slugs") @QueryParam("benchmarkIds") String benchmarkIds,
            @Parameter(description = "CORROBORATES, CONFLICTS, NEW, UNRESOLVED (comma-separated)") @QueryParam("status") String status,
            @Parameter(description = "PENDING, ACCEPTED, REJECTED (comma-separated)") @QueryParam("review") String review,
            @Parameter(description = "1-500, default 100") @QueryParam("limit") Integer limit,
            @Parameter(description = "default 0") @QueryParam("offset") Integer offset) {
        int n = Params.bounded(limit, 100, 1, 500, "limit");
        int from = Params.bounded(offset, 0, 0, Integer.MAX_VALUE, "offset");
        var page = claims.list(new DerivedStore.ClaimFilter(Params.ids(articleIds, "articleIds"),
                ids.models(Params.ids(modelIds, "modelIds")), ids.benchmarks(Params.ids(benchmarkIds, "benchmarkIds")),
                List.of(), Params.enums(status, ClaimStatus.class, "status"),
                Params.enums(review, ReviewState.class, "review")), n, from);
        return new ClaimPage(page.items(), page.total(), n, from);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Claim get(@PathParam("id") String id) {
        return claims.get(Params.uuid(id, "Claim"));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a claim: records its value in models-service with the article as third-party source")
    @APIResponse(responseCode = "200", description = "Accepted (or already accepted)")
    @APIResponse(responseCode = "409", description = "The claim was rejected")
    @APIResponse(responseCode = "422", description = "Model or benchmark unknown to the catalogue or to models-service")
    @APIResponse(responseCode = "503", description = "models-service unavailable; nothing was changed")
    public Claim accept(@PathParam("id") String id, @jakarta.validation.Valid Decision decision) {
        Decision d = decision == null ? new Decision(null, null) : decision;
        return claims.accept(Params.uuid(id, "Claim"), d.note(), Params.date(d.measuredOn(), "measuredOn"));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a claim; it stays rejected across re-derivations and rebuilds")
    @APIResponse(responseCode = "409", description = "The claim was already accepted")
    public Claim reject(@PathParam("id") String id, @jakarta.validation.Valid Decision decision) {
        return claims.reject(Params.uuid(id, "Claim"), decision == null ? null : decision.note());
    }
}
