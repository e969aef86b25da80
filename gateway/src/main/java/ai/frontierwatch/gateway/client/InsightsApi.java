package ai.frontierwatch.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** insights-service's REST API as the gateway uses it; only {@link InsightsClient} calls it. */
@RegisterRestClient(configKey = "insights")
@RegisterProvider(DownstreamCallCounter.Insights.class)
@RegisterProvider(RejectionMapper.class)
@Path("/api/v1")
interface InsightsApi {

    @GET
    @Path("/mentions")
    JsonNode mentionsOfArticles(@QueryParam("articleIds") String articleIds);

    @GET
    @Path("/mentions")
    JsonNode latestArticles(@QueryParam("modelIds") String modelIds, @QueryParam("limit") Integer limit);

    @GET
    @Path("/claims")
    JsonNode claims(@QueryParam("articleIds") String articleIds, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset);

    @POST
    @Path("/claims/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode decide(@PathParam("id") String id, @PathParam("decision") String decision, JsonNode body);

    @GET
    @Path("/leaderboards")
    JsonNode leaderboards(@QueryParam("benchmarkIds") String benchmarkIds, @QueryParam("asOf") String asOf,
            @QueryParam("conditions") String conditions);

    @GET
    @Path("/leaderboards/{benchmark}/history")
    JsonNode history(@PathParam("benchmark") String benchmark, @QueryParam("conditions") String conditions);

    @GET
    @Path("/ranks")
    JsonNode ranks(@QueryParam("modelIds") String modelIds, @QueryParam("asOf") String asOf);

    @GET
    @Path("/comparisons")
    JsonNode compare(@QueryParam("modelIds") String modelIds, @QueryParam("asOf") String asOf);

    @GET
    @Path("/trends")
    JsonNode trends(@QueryParam("modelIds") String modelIds, @QueryParam("interval") String interval,
            @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/trends/models")
    JsonNode momentum(@QueryParam("window") String window, @QueryParam("asOf") String asOf,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("/discovered")
    JsonNode discovered(@QueryParam("ids") String ids);

    @GET
    @Path("/discovered")
    JsonNode discoveredQueue(@QueryParam("kind") String kind, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit);

    @POST
    @Path("/discovered/dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    void dismissDiscovered(JsonNode body);
}
