package ai.frontierwatch.gateway.fetchers;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Queries about the API itself. */
@GraphQLApi
public class SystemQueries {

    /** Version of the schema served; clients may log it with their errors. */
    public static final String API_VERSION = "1.0";

    @Query("apiVersion")
    @Description("Version of the Frontier Watch GraphQL API")
    public String apiVersion() {
        return API_VERSION;
    }
}
