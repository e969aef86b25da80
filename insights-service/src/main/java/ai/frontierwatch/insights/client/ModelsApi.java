package ai.frontierwatch.insights.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** models-service's HTTP API, as far as this service uses it. Use {@link ModelsClient}. */
@RegisterRestClient(configKey = "models")
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ModelsApi {

    @POST
    @Path("/results")
    Response recordResult(RecordResultRequest request);
}
