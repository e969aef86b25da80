package ai.frontierwatch.models.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.models.repository.VendorRepository;
import ai.frontierwatch.models.service.VendorService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendors", description = "Companies and labs that make models")
public class VendorResource {

    /** Body of a vendor creation. */
    public record CreateVendor(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "lowercase letters, digits and dashes") String slug,
            @NotBlank @Size(max = 200) String name,
            List<@NotBlank @Size(max = 200) String> aliases,
            @Size(max = 2) String country,
            @Size(max = 500) String website) {
    }

    private final VendorService service;
    private final VendorRepository vendors;

    public VendorResource(VendorService service, VendorRepository vendors) {
        this.service = service;
        this.vendors = vendors;
    }

    @POST
    @Operation(summary = "Create a vendor")
    public Response create(@Valid @NotNull CreateVendor body, UriInfo uri) {
        var vendor = service.create(new VendorService.NewVendor(body.slug(), body.name(), body.aliases(), body.country(),
                body.website()));
        return Response.created(uri.getAbsolutePathBuilder().path(vendor.id.toString()).build())
                .entity(VendorService.toState(vendor)).build();
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "A vendor by id or slug")
    public VendorState get(@PathParam("idOrSlug") String idOrSlug) {
        return vendors.findByIdOrSlug(idOrSlug).map(VendorService::toState)
                .orElseThrow(() -> ProblemException.notFound("Vendor", idOrSlug));
    }
}
