package ai.frontierwatch.insights.rest;

import ai.frontierwatch.insights.repository.AdminStore;
import ai.frontierwatch.insights.service.RebuildService;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator commands: rebuild derived state from the topics, and check what state is held. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class AdminResource {

    private final RebuildService rebuild;
    private final AdminStore admin;

    public AdminResource(RebuildService rebuild, AdminStore admin) {
        this.rebuild = rebuild;
        this.admin = admin;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Drop all derived state and replay both topics from the beginning (in the background)",
            description = "Editors' claim reviews are kept. Poll GET /api/v1/admin/rebuild for progress.")
    @APIResponse(responseCode = "202", description = "Rebuild started")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Path("/rebuild")
    @Operation(summary = "Progress of the last rebuild")
    public RebuildService.Status status() {
        return rebuild.status();
    }

    @GET
    @Path("/state-digest")
    @Transactional
    @Operation(summary = "Row count and content digest per table of projected and derived state",
            description = "Equal digests mean equal state: compare instances, or state before and after a rebuild.")
    public Map<String, String> digest() {
        return admin.digests();
    }
}
