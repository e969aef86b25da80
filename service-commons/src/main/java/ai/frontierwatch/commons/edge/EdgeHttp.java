package ai.frontierwatch.commons.edge;

import ai.frontierwatch.commons.problem.Problem;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A URL over {@link #MAX_URL_CHARS} characters is refused before it reaches a resource, with 414 and problem+json like
 * every other error (the server reads URLs up to a larger length, set for every service in this module's
 * configuration, so that it is this rule that answers, not the HTTP codec with an empty body).
 */
@ApplicationScoped
public class EdgeHttp {

    /** Longest URL a service reads: batch lookups of 200 ids fit in it. */
    public static final int MAX_URL_CHARS = 16_384;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            if (rc.request().uri().length() > MAX_URL_CHARS) {
                Problem problem = new Problem("urn:problem:uri-too-long", "URI too long", 414, "The URL has "
                        + rc.request().uri().length() + " characters; at most " + MAX_URL_CHARS, rc.request().path(),
                        null);
                rc.response().setStatusCode(414).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
            } else {
                rc.next();
            }
        });
    }
}
