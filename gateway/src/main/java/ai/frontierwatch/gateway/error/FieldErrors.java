package ai.frontierwatch.gateway.error;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/** A field answered with an error instead of its value, in the shape the engine gives its own field errors. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** No value, one error with these extensions (among them {@code code}). */
    public static DataFetcherResult<Object> refusal(DataFetchingEnvironment environment, String message,
            Map<String, Object> extensions) {
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.DataFetchingException).message(message).extensions(extensions).build()).build();
    }

    /** BAD_USER_INPUT for one argument: the message starts with its name, {@code extensions.argument} holds it. */
    public static DataFetcherResult<Object> badUserInput(DataFetchingEnvironment environment, String argument,
            String reason) {
        return refusal(environment, argument + ": " + reason,
                Map.of("code", ErrorCodes.BAD_USER_INPUT, "argument", argument));
    }
}
