package ai.frontierwatch.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** models-service's REST API as the gateway uses it; only {@link ModelsClient} calls it. */
@RegisterRestClient(configKey = "models")
@RegisterProvider(DownstreamCallCounter.Models.class)
@RegisterProvider(RejectionMapper.class)
@Path("/api/v1")
interface ModelsApi {

    @GET
    @Path("/models")
    JsonNode models(@QueryParam("ids") String ids, @QueryParam("vendor") String vendor,
            @QueryParam("modality") String modality, @QueryParam("openWeights") Boolean openWeights,
            @QueryParam("cursor") String cursor, @QueryParam("before") String before,
            @QueryParam("fromEnd") Boolean fromEnd, @QueryParam("limit") Integer limit);

    @GET
    @Path("/models/{idOrSlug}")
    JsonNode model(@PathParam("idOrSlug") String idOrSlug);

    @GET
    @Path("/vendors")
    JsonNode vendors(@QueryParam("ids") String ids);

    @GET
    @Path("/vendors/{idOrSlug}")
    JsonNode vendor(@PathParam("idOrSlug") String idOrSlug);

    @GET
    @Path("/benchmarks")
    JsonNode benchmarks(@QueryParam("ids") String ids, @QueryParam("category") String category,
            @QueryParam("cursor") String cursor, @QueryParam("before") String before,
            @QueryParam("fromEnd") Boolean fromEnd, @QueryParam("limit") Integer limit);

    @GET
    @Path("/benchmarks/{idOrSlug}")
    JsonNode benchmark(@PathParam("idOrSlug") String idOrSlug);

    @jakarta.ws.rs.POST
    @Path("/results")
    @jakarta.ws.rs.Consumes("application/json")
    JsonNode recordResult(JsonNode body);

    @jakarta.ws.rs.POST
    @Path("/models")
    @jakarta.ws.rs.Consumes("application/json")
    JsonNode createModel(JsonNode body);

    @jakarta.ws.rs.POST
    @Path("/models/{idOrSlug}/aliases")
    @jakarta.ws.rs.Consumes("application/json")
    JsonNode addModelAliases(@PathParam("idOrSlug") String idOrSlug, JsonNode body);

    @GET
    @Path("/results")
    JsonNode results(@QueryParam("modelIds") String modelIds, @QueryParam("benchmarkIds") String benchmarkIds,
            @QueryParam("asOf") String asOf, @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);
}
