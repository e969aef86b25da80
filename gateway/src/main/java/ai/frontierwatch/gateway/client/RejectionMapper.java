package ai.frontierwatch.gateway.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a downstream 4xx into a {@link DownstreamRejection}, with the body kept readable for its problem detail;
 * 5xx answers are left to the client's default mapping.
 */
public class RejectionMapper implements ResponseExceptionMapper<DownstreamRejection> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    @Override
    public DownstreamRejection toThrowable(Response response) {
        response.bufferEntity();
        return new DownstreamRejection(response);
    }
}
