package ai.frontierwatch.models.rest;

import ai.frontierwatch.commons.edge.QueryDates;
import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.mapping.CatalogViews.Page;
import ai.frontierwatch.models.mapping.CatalogViews.ResultView;
import ai.frontierwatch.models.repository.CatalogRepository;
import ai.frontierwatch.models.repository.ResultRepository;
import ai.frontierwatch.models.service.CatalogQueries;
import ai.frontierwatch.models.service.CatalogQueries.ResultFilter;
import ai.frontierwatch.models.service.Outcome;
import ai.frontierwatch.models.service.ResultInput;
import ai.frontierwatch.models.service.ResultRecorder;
import ai.frontierwatch.models.service.ResultService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "Benchmark results with their conditions and sources")
public class ResultResource {

    private final ResultRecorder recorder;
    private final ResultService service;
    private final ResultRepository results;
    private final CatalogQueries queries;

    public ResultResource(ResultRecorder recorder, ResultService service, ResultRepository results,
            CatalogQueries queries) {
        this.recorder = recorder;
        this.service = service;
        this.results = results;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Record a result",
            description = "201 when new; 200 when the same value was already on record (its source is added). "
                    + "A different value for the same model, benchmark and conditions is kept and both are marked "
                    + "disputed.")
    public Response record(@Valid @NotNull ResultInput body, UriInfo uri) {
        var recorded = recorder.record(body);
        ResultView view = queries.resultViews(List.of(recorded.result())).get(0);
        if (recorded.outcome() == Outcome.CREATED) {
            return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
        }
        return Response.ok(view).build();
    }

    @GET
    @Operation(summary = "Results of many models and/or benchmarks in one call (optionally as of a date), or a "
            + "cursor-paginated listing of all results")
    public Page<ResultView> list(
            @Parameter(description = "comma-separated model ids or slugs") @QueryParam("modelIds") String modelIds,
            @Parameter(description = "comma-separated benchmark ids or slugs")
            @QueryParam("benchmarkIds") String benchmarkIds,
            @Parameter(description = "what was on record on this date; latest measurement per model, benchmark and "
                    + "conditions") @QueryParam("asOf") String asOf,
            @Parameter(description = "comma-separated conditions the results must have exactly; 'none' for results "
                    + "without conditions")
            @QueryParam("conditions") String conditions,
            @QueryParam("disputed") Boolean disputed,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        List<String> conditionList = conditions == null ? null
                : conditions.strip().equalsIgnoreCase("none") ? List.of() : IdLists.parse(conditions);
        return queries.results(new ResultFilter(IdLists.parse(modelIds), IdLists.parse(benchmarkIds),
                QueryDates.date("asOf", asOf),
                conditionList, disputed), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A result by id")
    public ResultView get(@PathParam("id") String id) {
        UUID uuid = CatalogRepository.asUuid(id);
        var result = uuid == null ? null : results.findById(uuid);
        if (result == null) {
            throw ProblemException.notFound("Result", id);
        }
        return queries.resultViews(List.of(result)).get(0);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a result (e.g. a recorded mistake); a dispute it was part of may end")
    public Response delete(@PathParam("id") String id) {
        UUID uuid = CatalogRepository.asUuid(id);
        if (uuid == null) {
            throw ProblemException.notFound("Result", id);
        }
        service.delete(uuid);
        return Response.noContent().build();
    }
}
