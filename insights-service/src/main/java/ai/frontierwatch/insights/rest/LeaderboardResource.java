package ai.frontierwatch.insights.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.insights.domain.Comparison;
import ai.frontierwatch.insights.domain.Leaderboard;
import ai.frontierwatch.insights.service.LeaderboardService;
import jakarta.ws.rs.GET;
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

/** Leaderboards, state of the art over time, ranks and head-to-head comparisons. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rankings")
public class LeaderboardResource {

    // Ids and slugs are resolved by the service, in the transaction that answers (one catalogue read per request).
    private final LeaderboardService rankings;

    public LeaderboardResource(LeaderboardService rankings) {
        this.rankings = rankings;
    }

    @GET
    @Path("/leaderboards")
    @Operation(summary = "Leaderboards of many benchmarks, as of a date",
            description = "One leaderboard per known benchmark, in request order. Only results under the same "
                    + "conditions are ranked together: by default the conditions key most models have results under; "
                    + "availableConditions lists the others.")
    public List<Leaderboard> leaderboards(
            @Parameter(description = "Comma-separated benchmark ids or slugs", required = true) @QueryParam("benchmarkIds") String benchmarkIds,
            @Parameter(description = "Date (YYYY-MM-DD): results measured on or before it; default now") @QueryParam("asOf") String asOf,
            @Parameter(description = "Canonical conditions key, e.g. no-tools; \"\" for none") @QueryParam("conditions") String conditions) {
        return rankings.leaderboards(Params.required(benchmarkIds, "benchmarkIds"), Params.date(asOf, "asOf"),
                conditions);
    }

    @GET
    @Path("/leaderboards/{benchmarkId}")
    @Operation(summary = "One benchmark's leaderboard, as of a date")
    @APIResponse(responseCode = "404", description = "Unknown benchmark")
    public Leaderboard leaderboard(@PathParam("benchmarkId") String benchmarkId, @QueryParam("asOf") String asOf,
            @QueryParam("conditions") String conditions) {
        return rankings.leaderboards(List.of(benchmarkId), Params.date(asOf, "asOf"), conditions)
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Benchmark", benchmarkId));
    }

    @GET
    @Path("/leaderboards/{benchmarkId}/history")
    @Operation(summary = "State of the art over time: every date the best value improved, and who set it")
    @APIResponse(responseCode = "404", description = "Unknown benchmark")
    public LeaderboardService.History history(@PathParam("benchmarkId") String benchmarkId,
            @QueryParam("conditions") String conditions) {
        return rankings.history(benchmarkId, conditions)
                .orElseThrow(() -> ProblemException.notFound("Benchmark", benchmarkId));
    }

    @GET
    @Path("/ranks")
    @Operation(summary = "Each model's rank on every benchmark it has a result on, as of a date")
    public List<LeaderboardService.ModelRanks> ranks(
            @Parameter(description = "Comma-separated model ids or slugs", required = true) @QueryParam("modelIds") String modelIds,
            @QueryParam("asOf") String asOf) {
        return rankings.ranks(Params.required(modelIds, "modelIds"), Params.date(asOf, "asOf"));
    }

    @GET
    @Path("/comparisons")
    @Operation(summary = "Two or more models head to head on the benchmarks they share under equal conditions")
    @APIResponse(responseCode = "400", description = "Fewer than two or more than ten models")
    public Comparison compare(
            @Parameter(description = "2-10 comma-separated model ids or slugs", required = true) @QueryParam("modelIds") String modelIds,
            @QueryParam("asOf") String asOf) {
        return rankings.compare(Params.required(modelIds, "modelIds"), Params.date(asOf, "asOf"));
    }
}
