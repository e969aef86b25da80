package ai.frontierwatch.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** The query's arguments are not acceptable; the message names the argument. */
@ErrorCode(ErrorCodes.BAD_USER_INPUT)
public class BadUserInputException extends GraphQLException {

    private final String field;

    public BadUserInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
