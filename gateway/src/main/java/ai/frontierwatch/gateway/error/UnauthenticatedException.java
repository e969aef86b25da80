package ai.frontierwatch.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** A mutation was called without an editor token. */
@ErrorCode(ErrorCodes.UNAUTHENTICATED)
public class UnauthenticatedException extends GraphQLException {

    public UnauthenticatedException() {
        super("Sign in: this operation needs a bearer token");
    }
}
