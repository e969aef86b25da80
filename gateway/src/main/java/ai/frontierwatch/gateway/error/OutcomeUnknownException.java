package ai.frontierwatch.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * A write was sent but its service did not confirm it in time: it may have been made. Never reported as UNAVAILABLE,
 * which promises that nothing happened; the message says how to find out.
 */
@ErrorCode(ErrorCodes.OUTCOME_UNKNOWN)
public class OutcomeUnknownException extends GraphQLException {

    public OutcomeUnknownException(String service, String howToCheck) {
        super(service + " did not confirm the write in time; it may have been made: " + howToCheck);
    }
}
