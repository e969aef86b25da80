package ai.frontierwatch.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** The caller is signed in but lacks the role the operation needs. */
@ErrorCode(ErrorCodes.FORBIDDEN)
public class ForbiddenException extends GraphQLException {

    public ForbiddenException(String role) {
        super("This operation needs the role '" + role + "'");
    }
}
