package ai.frontierwatch.gateway.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.smallrye.graphql.api.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every error a client sees one of the documented codes ({@link ErrorCodes#ALL}) and a message without the
 * engine's internals: an argument or variable of the wrong type is BAD_USER_INPUT naming it, another validation
 * failure GRAPHQL_VALIDATION_FAILED, an aborted execution likewise, and anything unforeseen INTERNAL_SERVER_ERROR.
 * Errors that only repeat another's consequence (a non-null field left null because its argument was refused) are
 * dropped.
 */
public final class TypedErrors {

    private static final Pattern WRONG_ARGUMENT = Pattern.compile("argument '([^']+)'.* is not a valid '([^']+)'");
    private static final Pattern VARIABLE = Pattern.compile("^Variable '([^']+)' has an invalid value: (.*)$",
            Pattern.DOTALL);

    private TypedErrors() {
    }

    /** The errors of one result, each with a documented code. */
    public static List<GraphQLError> typed(List<GraphQLError> errors) {
        List<GraphQLError> typed = new ArrayList<>();
        for (GraphQLError error : errors) {
            if (error.getErrorType() == ErrorType.NullValueInNonNullableField && errors.size() > 1) {
                continue;
            }
            typed.add(typed(error, ErrorCodes.INTERNAL_SERVER_ERROR));
        }
        return typed;
    }

    /** The error with a documented code: its own when it has one, else by its kind, else {@code fallback}. */
    public static GraphQLError typed(GraphQLError error, String fallback) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null && ErrorCodes.ALL.contains(code.toString())) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching failed) {
            // the engine writes the code of a resolver's typed exception when it renders the error
            ErrorCode typed = failed.getException() == null ? null
                    : failed.getException().getClass().getAnnotation(ErrorCode.class);
            if (typed != null && ErrorCodes.ALL.contains(typed.value())) {
                return error;
            }
        }
        ErrorClassification kind = error.getErrorType();
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (error instanceof ValidationError v && v.getValidationErrorType() == ValidationErrorType.WrongType) {
            Matcher m = WRONG_ARGUMENT.matcher(message);
            if (m.find()) {
                return badInput(error, m.group(1), "must be a value of type " + m.group(2));
            }
        }
        Matcher variable = VARIABLE.matcher(message);
        if (variable.find()) {
            return badInput(error, "$" + variable.group(1), variable.group(2).replaceAll("^Variable '[^']+' has ", "has "));
        }
        if (kind == ErrorType.ValidationError || kind == ErrorType.ExecutionAborted) {
            return with(error, ErrorCodes.GRAPHQL_VALIDATION_FAILED, message, Map.of());
        }
        if (code != null && code.toString().startsWith("coercing")) {
            return with(error, ErrorCodes.BAD_USER_INPUT, "An argument has a value its type cannot take", Map.of());
        }
        if (fallback.equals(ErrorCodes.INTERNAL_SERVER_ERROR)) {
            return with(error, fallback, "The request could not be completed; the failure is logged", Map.of());
        }
        return with(error, fallback, message, Map.of());
    }

    private static GraphQLError badInput(GraphQLError error, String argument, String reason) {
        return with(error, ErrorCodes.BAD_USER_INPUT, argument + ": " + reason, Map.of("argument", argument));
    }

    private static GraphQLError with(GraphQLError error, String code, String message, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>(more);
        extensions.put("code", code);
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).errorType(error.getErrorType())
                .extensions(extensions);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }
}
