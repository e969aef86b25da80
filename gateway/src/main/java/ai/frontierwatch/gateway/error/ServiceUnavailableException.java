package ai.frontierwatch.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** A downstream service did not answer in time or failed; the rest of the query still returns. */
@ErrorCode(ErrorCodes.UNAVAILABLE)
public class ServiceUnavailableException extends GraphQLException {

    public ServiceUnavailableException(String service) {
        super(service + " is unavailable; this part of the result is missing");
    }
}
