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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    // Boards and histories are sent as serialized by the service (kept in its cache while their revisions hold).

    @GET
    @Path("/leaderboards")
    @Operation(summary = "Leaderboards of many benchmarks, as of a date",
            description = "One leaderboard per known benchmark, in request order. Only results under the same "
                    + "conditions are ranked together: by default the conditions key most models have results under; "
                    + "availableConditions lists the others.")
    @APIResponse(responseCode = "200", description = "The leaderboards", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Leaderboard.class)))
    public byte[] leaderboards(
            @Parameter(description = "Comma-separated benchmark ids or slugs", required = true) @QueryParam("benchmarkIds") String benchmarkIds,
            @Parameter(description = "Date (YYYY-MM-DD): results measured on or before it; default now") @QueryParam("asOf") String asOf,
            @Parameter(description = "Canonical conditions key, e.g. no-tools; \"\" for none") @QueryParam("conditions") String conditions) {
        return array(rankings.leaderboardsJson(Params.required(benchmarkIds, "benchmarkIds"),
                Params.date(asOf, "asOf"), conditions));
    }

    @GET
    @Path("/leaderboards/{benchmarkId}")
    @Operation(summary = "One benchmark's leaderboard, as of a date")
    @APIResponse(responseCode = "200", description = "The leaderboard", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Leaderboard.class)))
    @APIResponse(responseCode = "404", description = "Unknown benchmark")
    public byte[] leaderboard(@PathParam("benchmarkId") String benchmarkId, @QueryParam("asOf") String asOf,
            @QueryParam("conditions") String conditions) {
        return rankings.leaderboardsJson(List.of(benchmarkId), Params.date(asOf, "asOf"), conditions)
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Benchmark", benchmarkId));
    }

    @GET
    @Path("/leaderboards/{benchmarkId}/history")
    @Operation(summary = "State of the art over time: every date the best value improved, and who set it")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeaderboardService.History.class)))
    @APIResponse(responseCode = "404", description = "Unknown benchmark")
    public byte[] history(@PathParam("benchmarkId") String benchmarkId,
            @QueryParam("conditions") String conditions) {
        return rankings.historyJson(benchmarkId, conditions)
                .orElseThrow(() -> ProblemException.notFound("Benchmark", benchmarkId));
    }

    /** A JSON array of serialized elements. */
    static byte[] array(List<byte[]> elements) {
        int size = 2 + Math.max(0, elements.size() - 1);
        for (byte[] e : elements) {
            size += e.length;
        }
        byte[] out = new byte[size];
        out[0] = '[';
        int at = 1;
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            byte[] e = elements.get(i);
            System.arraycopy(e, 0, out, at, e.length);
            at += e.length;
        }
        out[at] = ']';
        return out;
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
