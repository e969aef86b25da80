package ai.frontierwatch.models.rest;

import ai.frontierwatch.models.service.ExportService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export")
@Tag(name = "Imports", description = "Bulk import of catalogue files and public benchmark datasets")
public class ExportResource {

    private final ExportService export;

    public ExportResource(ExportService export) {
        this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole catalogue as a frontier-watch-catalog/v1 file",
            description = "Vendors, models, benchmarks and results with their sources, by slug; importing the file "
                    + "into this catalogue again changes nothing.")
    public Response exportCatalogue() {
        StreamingOutput body = export::export;
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"frontier-watch-catalog.json\"")
                .build();
    }
}
