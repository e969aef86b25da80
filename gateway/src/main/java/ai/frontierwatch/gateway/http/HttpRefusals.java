package ai.frontierwatch.gateway.http;

import ai.frontierwatch.gateway.error.ErrorCodes;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refusals made before a request reaches the GraphQL layer, answered in the GraphQL response format with a code like
 * every other error: a bearer token that does not verify (401, UNAUTHENTICATED), a body over the size limit (413)
 * and a URL over {@link #MAX_URL_CHARS} characters (414, both REQUEST_TOO_LARGE).
 */
@ApplicationScoped
public class HttpRefusals {

    /** Longest URL read (a GET query with its variables); longer ones are 414. */
    public static final int MAX_URL_CHARS = 16_384;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            if (rc.request().uri().length() > MAX_URL_CHARS) {
                send(rc, 414, ErrorCodes.REQUEST_TOO_LARGE, "The URL has " + rc.request().uri().length()
                        + " characters; at most " + MAX_URL_CHARS + ": send long queries with POST");
            } else {
                rc.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.failure() instanceof AuthenticationFailedException) {
                send(rc, 401, ErrorCodes.UNAUTHENTICATED, "The bearer token is not valid: sign in again");
            } else if (rc.statusCode() == 413) {
                send(rc, 413, ErrorCodes.REQUEST_TOO_LARGE, "The request body is larger than the gateway reads");
            } else {
                rc.next();
            }
        });
    }

    private static void send(RoutingContext rc, int status, String code, String message) {
        if (rc.response().ended()) {
            return;
        }
        TransportErrors.send(rc, status, ResponseMediaType.negotiate(rc.parsedHeaders().accept())
                .orElse(ResponseMediaType.JSON), code, message);
    }
}
