package ai.frontierwatch.insights.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.insights.repository.ProjectionStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service currently knows of the catalogue, for operators checking that events flow. */
@Path("/api/v1/catalog/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue projection")
public class CatalogProjectionResource {

    /** A catalogue entity as this service last saw it. */
    public record CatalogEntityView(String id, String kind, String slug, String name, long version, JsonNode state) {
    }

    private final ProjectionStore store;

    public CatalogProjectionResource(ProjectionStore store) {
        this.store = store;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A vendor, model, benchmark or result as last received from models-service")
    public CatalogEntityView get(@PathParam("id") String id) throws JsonProcessingException {
        var entity = store.catalogEntity(id).orElseThrow(() -> ProblemException.notFound("Catalogue entity", id));
        return new CatalogEntityView(entity.id(), entity.kind(), entity.slug(), entity.name(), entity.version(),
                EventCodec.mapper().readTree(entity.payloadJson()));
    }
}
