package ai.frontierwatch.gateway.client;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A downstream service refused a request (HTTP 4xx): it is up and gave its verdict, so the refusal is passed on to
 * the caller and is never counted as a failure of the service by the circuit breakers, nor retried.
 */
public class DownstreamRejection extends WebApplicationException {

    public DownstreamRejection(Response response) {
        super("rejected with HTTP " + response.getStatus(), response);
    }
}
