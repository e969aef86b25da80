package ai.frontierwatch.models.rest;

import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.Vendor;
import ai.frontierwatch.models.mapping.CatalogMapper;
import ai.frontierwatch.models.mapping.CatalogViews.Page;
import ai.frontierwatch.models.mapping.CatalogViews.VendorView;
import ai.frontierwatch.models.service.AliasService;
import ai.frontierwatch.models.service.CatalogQueries;
import ai.frontierwatch.models.service.VendorService;
import ai.frontierwatch.models.service.VendorService.VendorInput;
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

@Path("/api/v1/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendors", description = "Companies and labs that make models")
public class VendorResource {

    private final VendorService service;
    private final AliasService aliases;
    private final CatalogQueries queries;

    public VendorResource(VendorService service, AliasService aliases, CatalogQueries queries) {
        this.service = service;
        this.aliases = aliases;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Create a vendor")
    public Response create(@Valid @NotNull VendorInput body, UriInfo uri) {
        Vendor vendor = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(vendor.id.toString()).build())
                .entity(CatalogMapper.view(vendor)).build();
    }

    @GET
    @Operation(summary = "List vendors (cursor-paginated, by slug), or fetch many at once with ids=")
    public Object list(
            @Parameter(description = "comma-separated ids or slugs; answers a plain list in request order")
            @QueryParam("ids") String ids,
            @QueryParam("country") String country,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        var batch = IdLists.parse(ids);
        if (batch != null) {
            return queries.vendorsByIds(batch);
        }
        Page<VendorView> page = queries.vendors(country, cursor, limit);
        return page;
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "A vendor by id or slug")
    public VendorView get(@PathParam("idOrSlug") String idOrSlug) {
        return CatalogMapper.view(service.find(idOrSlug));
    }

    @PUT
    @Path("/{idOrSlug}")
    @Operation(summary = "Replace a vendor's fields (aliases included)")
    public VendorView replace(@PathParam("idOrSlug") String idOrSlug, @Valid @NotNull VendorInput body) {
        return CatalogMapper.view(service.replace(idOrSlug, body));
    }

    @DELETE
    @Path("/{idOrSlug}")
    @Operation(summary = "Delete a vendor that has no models")
    public Response delete(@PathParam("idOrSlug") String idOrSlug) {
        service.delete(idOrSlug);
        return Response.noContent().build();
    }

    @POST
    @Path("/{idOrSlug}/aliases")
    @Operation(summary = "Register other names (translations, spellings, misspellings) of a vendor")
    public VendorView addAliases(@PathParam("idOrSlug") String idOrSlug, @Valid @NotNull AliasBody body) {
        return CatalogMapper.view((Vendor) aliases.add(EntityKind.VENDOR, idOrSlug, body.aliases()));
    }

    @DELETE
    @Path("/{idOrSlug}/aliases/{alias}")
    @Operation(summary = "Remove an alias of a vendor")
    public VendorView removeAlias(@PathParam("idOrSlug") String idOrSlug, @PathParam("alias") String alias) {
        return CatalogMapper.view((Vendor) aliases.remove(EntityKind.VENDOR, idOrSlug, alias));
    }
}
