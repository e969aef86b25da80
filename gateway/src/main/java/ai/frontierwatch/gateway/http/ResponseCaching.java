package ai.frontierwatch.gateway.http;

import ai.frontierwatch.gateway.security.QuotaFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Cache headers on answers to GET: a query answered without errors may be kept for the configured time, by shared
 * caches (CDNs) when the caller sent no credentials, by the caller's browser alone when it did (its answers count
 * against its quota, and a key that stops working must be noticed); everything else is not stored. POST answers get
 * no cache headers: no cache stores them.
 */
@ApplicationScoped
class ResponseCaching {

    /** A cache must not hand an answer to a request that differs in these: another media type, or other credentials. */
    static final String VARY = "Accept, Authorization, " + QuotaFilter.API_KEY_HEADER;
    private static final String NOT_STORED = "no-store";
    private static final String ANSWER = "fw.get-answer";

    private final long maxAgeSeconds;

    ResponseCaching(GraphqlHttpConfig config) {
        this.maxAgeSeconds = config.responseCache().maxAge().toSeconds();
    }

    /** Every answer to a GET says whether it may be stored: not stored unless it proves cacheable. */
    void govern(RoutingContext rc) {
        GetAnswer answer = new GetAnswer();
        rc.put(ANSWER, answer);
        boolean anonymous = rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && rc.request().getHeader(QuotaFilter.API_KEY_HEADER) == null;
        rc.addHeadersEndHandler(ignored -> {
            var headers = rc.response().headers();
            headers.add(HttpHeaders.VARY, VARY);
            boolean cacheable = maxAgeSeconds > 0 && rc.response().getStatusCode() == 200 && answer.cacheable();
            headers.set(HttpHeaders.CACHE_CONTROL, !cacheable ? NOT_STORED
                    : (anonymous ? "public" : "private") + ", max-age=" + maxAgeSeconds);
        });
    }

    /** The request runs a query (never a mutation): its answer may be stored if the engine reports no error. */
    void queryRuns(RoutingContext rc) {
        GetAnswer answer = rc.get(ANSWER);
        if (answer != null) {
            answer.query = true;
        }
    }

    /** The engine's verdict on the request's result, when the request is a GET this class governs. */
    static GetAnswer answerOf(RoutingContext rc) {
        return rc.get(ANSWER);
    }

    /** Set from the event loop (query) and by the engine when its result is complete (withoutErrors). */
    static final class GetAnswer {
        private volatile boolean query;
        private volatile boolean withoutErrors;

        void completed(boolean withoutErrors) {
            this.withoutErrors = withoutErrors;
        }

        boolean cacheable() {
            return query && withoutErrors;
        }
    }
}
