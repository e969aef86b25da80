package ai.frontierwatch.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** A write named something that does not exist. */
@ErrorCode(ErrorCodes.NOT_FOUND)
public class NotFoundException extends GraphQLException {

    public NotFoundException(String message) {
        super(message);
    }
}
