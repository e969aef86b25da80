package ai.frontierwatch.models.rest;

import ai.frontierwatch.commons.edge.QueryDates;
import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.Model;
import ai.frontierwatch.models.mapping.CatalogViews.ModelView;
import ai.frontierwatch.models.service.AliasService;
import ai.frontierwatch.models.service.CatalogQueries;
import ai.frontierwatch.models.service.CatalogQueries.ModelFilter;
import ai.frontierwatch.models.service.Cursors;
import ai.frontierwatch.models.service.ModelService;
import ai.frontierwatch.models.service.ModelService.ModelInput;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Models", description = "AI models, their vendor, family, modality, size and prices")
public class ModelResource {

    private final ModelService service;
    private final AliasService aliases;
    private final CatalogQueries queries;

    public ModelResource(ModelService service, AliasService aliases, CatalogQueries queries) {
        this.service = service;
        this.aliases = aliases;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Create a model")
    public Response create(@Valid @NotNull ModelInput body, UriInfo uri) {
        Model model = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(model.id.toString()).build()).entity(view(model))
                .build();
    }

    @GET
    @Operation(summary = "List models (cursor-paginated, by slug, filtered), or fetch many at once with ids=")
    public Object list(
            @Parameter(description = "comma-separated ids or slugs; answers a plain list in request order")
            @QueryParam("ids") String ids,
            @Parameter(description = "vendor id or slug") @QueryParam("vendor") String vendor,
            @QueryParam("modality") String modality,
            @QueryParam("openWeights") Boolean openWeights,
            @QueryParam("family") String family,
            @QueryParam("releasedFrom") String releasedFrom,
            @QueryParam("releasedTo") String releasedTo,
            @Parameter(description = "continue after this item") @QueryParam("cursor") String cursor,
            @Parameter(description = "page backward: the items before this one") @QueryParam("before") String before,
            @Parameter(description = "page backward from the end of the list") @QueryParam("fromEnd") Boolean fromEnd,
            @QueryParam("limit") Integer limit) {
        var batch = IdLists.parse(ids);
        if (batch != null) {
            return queries.modelsByIds(batch);
        }
        return queries.models(new ModelFilter(vendor, modality, openWeights, family,
                QueryDates.date("releasedFrom", releasedFrom), QueryDates.date("releasedTo", releasedTo)),
                Cursors.window(cursor, before, fromEnd, limit));
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "A model by id or slug")
    public ModelView get(@PathParam("idOrSlug") String idOrSlug) {
        return view(service.find(idOrSlug));
    }

    @PUT
    @Path("/{idOrSlug}")
    @Operation(summary = "Replace a model's fields (aliases included)")
    public ModelView replace(@PathParam("idOrSlug") String idOrSlug, @Valid @NotNull ModelInput body) {
        return view(service.replace(idOrSlug, body));
    }

    @DELETE
    @Path("/{idOrSlug}")
    @Operation(summary = "Delete a model that has no results")
    public Response delete(@PathParam("idOrSlug") String idOrSlug) {
        service.delete(idOrSlug);
        return Response.noContent().build();
    }

    @POST
    @Path("/{idOrSlug}/aliases")
    @Operation(summary = "Register other names (translations, spellings, misspellings) of a model")
    public ModelView addAliases(@PathParam("idOrSlug") String idOrSlug, @Valid @NotNull AliasBody body) {
        return view((Model) aliases.add(EntityKind.MODEL, idOrSlug, body.aliases()));
    }

    @DELETE
    @Path("/{idOrSlug}/aliases/{alias}")
    @Operation(summary = "Remove an alias of a model")
    public ModelView removeAlias(@PathParam("idOrSlug") String idOrSlug, @PathParam("alias") String alias) {
        return view((Model) aliases.remove(EntityKind.MODEL, idOrSlug, alias));
    }

    private ModelView view(Model model) {
        return queries.modelViews(List.of(model)).get(0);
    }
}
