package ai.frontierwatch.models.rest;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.mapping.CatalogMapper;
import ai.frontierwatch.models.mapping.CatalogViews.BenchmarkView;
import ai.frontierwatch.models.service.AliasService;
import ai.frontierwatch.models.service.BenchmarkService;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.CatalogQueries;
import ai.frontierwatch.models.service.Cursors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks", description = "Benchmarks with their category, unit and valid range")
public class BenchmarkResource {

    private final BenchmarkService service;
    private final AliasService aliases;
    private final CatalogQueries queries;

    public BenchmarkResource(BenchmarkService service, AliasService aliases, CatalogQueries queries) {
        this.service = service;
        this.aliases = aliases;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Create a benchmark")
    public Response create(@Valid @NotNull BenchmarkInput body, UriInfo uri) {
        Benchmark benchmark = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(benchmark.id.toString()).build())
                .entity(CatalogMapper.view(benchmark)).build();
    }

    @GET
    @Operation(summary = "List benchmarks (cursor-paginated, by slug), or fetch many at once with ids=")
    public Object list(
            @Parameter(description = "comma-separated ids or slugs; answers a plain list in request order")
            @QueryParam("ids") String ids,
            @QueryParam("category") String category,
            @QueryParam("unit") String unit,
            @Parameter(description = "continue after this item") @QueryParam("cursor") String cursor,
            @Parameter(description = "page backward: the items before this one") @QueryParam("before") String before,
            @Parameter(description = "page backward from the end of the list") @QueryParam("fromEnd") Boolean fromEnd,
            @QueryParam("limit") Integer limit) {
        var batch = IdLists.parse(ids);
        if (batch != null) {
            return queries.benchmarksByIds(batch);
        }
        return queries.benchmarks(category, unit, Cursors.window(cursor, before, fromEnd, limit));
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "A benchmark by id or slug")
    public BenchmarkView get(@PathParam("idOrSlug") String idOrSlug) {
        return CatalogMapper.view(service.find(idOrSlug));
    }

    @PUT
    @Path("/{idOrSlug}")
    @Operation(summary = "Replace a benchmark's fields (aliases included)")
    public BenchmarkView replace(@PathParam("idOrSlug") String idOrSlug, @Valid @NotNull BenchmarkInput body) {
        return CatalogMapper.view(service.replace(idOrSlug, body));
    }

    @DELETE
    @Path("/{idOrSlug}")
    @Operation(summary = "Delete a benchmark that has no results")
    public Response delete(@PathParam("idOrSlug") String idOrSlug) {
        service.delete(idOrSlug);
        return Response.noContent().build();
    }

    @POST
    @Path("/{idOrSlug}/aliases")
    @Operation(summary = "Register other names (translations, spellings, misspellings) of a benchmark")
    public BenchmarkView addAliases(@PathParam("idOrSlug") String idOrSlug, @Valid @NotNull AliasBody body) {
        return CatalogMapper.view((Benchmark) aliases.add(EntityKind.BENCHMARK, idOrSlug, body.aliases()));
    }

    @DELETE
    @Path("/{idOrSlug}/aliases/{alias}")
    @Operation(summary = "Remove an alias of a benchmark")
    public BenchmarkView removeAlias(@PathParam("idOrSlug") String idOrSlug, @PathParam("alias") String alias) {
        return CatalogMapper.view((Benchmark) aliases.remove(EntityKind.BENCHMARK, idOrSlug, alias));
    }
}
