package ai.frontierwatch.gateway.http;

import ai.frontierwatch.gateway.error.ErrorCodes;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Answers a request that is not executed, in the GraphQL response format, with a code clients can branch on. */
final class TransportErrors {

    static final String PARSE_FAILED = ErrorCodes.GRAPHQL_PARSE_FAILED;
    static final String VALIDATION_FAILED = ErrorCodes.GRAPHQL_VALIDATION_FAILED;

    private TransportErrors() {
    }

    static void send(RoutingContext rc, int status, ResponseMediaType type, String code, String message) {
        send(rc, status, type, new JsonArray().add(error(message, code, null)), false);
    }

    static void send(RoutingContext rc, int status, ResponseMediaType type, String code,
            List<? extends GraphQLError> errors) {
        JsonArray list = new JsonArray();
        errors.forEach(e -> {
            JsonObject error = error(e.getMessage(), code, e.getLocations());
            if (e.getExtensions() != null) {
                // an error that carries its own code (and argument) keeps them
                e.getExtensions().forEach((k, v) -> error.getJsonObject("extensions").put(k, v));
            }
            list.add(error);
        });
        send(rc, status, type, list, false);
    }

    /** A response with {@code "data": null}: execution started, so the result is a (failed) GraphQL result. */
    static void sendWithNullData(RoutingContext rc, ResponseMediaType type, String code, String message) {
        send(rc, 200, type, new JsonArray().add(error(message, code, null)), true);
    }

    private static void send(RoutingContext rc, int status, ResponseMediaType type, JsonArray errors,
            boolean withNullData) {
        JsonObject body = new JsonObject();
        if (withNullData) {
            body.putNull("data");
        }
        body.put("errors", errors);
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType())
                .end(body.encode());
    }

    private static JsonObject error(String message, String code, List<SourceLocation> locations) {
        JsonObject error = new JsonObject().put("message", message);
        if (locations != null && !locations.isEmpty()) {
            JsonArray where = new JsonArray();
            locations.forEach(l -> where.add(new JsonObject().put("line", l.getLine()).put("column", l.getColumn())));
            error.put("locations", where);
        }
        return error.put("extensions", new JsonObject().put("code", code));
    }
}
