package ai.frontierwatch.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** A write would contradict what is already recorded (a slug or name taken by another entity); nothing was changed. */
@ErrorCode(ErrorCodes.CONFLICT)
public class ConflictException extends GraphQLException {

    public ConflictException(String message) {
        super(message);
    }
}
