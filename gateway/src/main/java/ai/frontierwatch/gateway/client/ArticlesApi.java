package ai.frontierwatch.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** articles-service's REST API as the gateway uses it; only {@link ArticlesClient} calls it. */
@RegisterRestClient(configKey = "articles")
@RegisterProvider(DownstreamCallCounter.Articles.class)
@RegisterProvider(RejectionMapper.class)
@Path("/api/v1")
interface ArticlesApi {

    @GET
    @Path("/articles/{id}")
    JsonNode article(@PathParam("id") String id);

    @GET
    @Path("/articles")
    JsonNode articles(@QueryParam("ids") String ids);

    @jakarta.ws.rs.POST
    @Path("/articles")
    @jakarta.ws.rs.Consumes("text/markdown; charset=utf-8")
    JsonNode ingest(@QueryParam("origin") String origin, String document);

    @GET
    @Path("/search")
    JsonNode search(@QueryParam("q") String query, @QueryParam("language") String language,
            @QueryParam("category") String category, @QueryParam("tag") String tag, @QueryParam("source") String source,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit);
}
