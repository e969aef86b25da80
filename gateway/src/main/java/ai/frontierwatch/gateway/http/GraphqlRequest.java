package ai.frontierwatch.gateway.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parameters of a GraphQL request, read from a POST body or a GET query string and checked for shape. The
 * document may be named by its SHA-256 only ({@code extensions.persistedQuery}); then {@code query} is null until
 * the document is looked up.
 */
record GraphqlRequest(String query, String operationName, String sha256Hash) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** The request is not a well-formed GraphQL-over-HTTP request; the message says why. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    static GraphqlRequest fromBody(RoutingContext rc) throws Malformed {
        String body = rc.body() == null ? null : rc.body().asString();
        if (body == null || body.isBlank()) {
            throw new Malformed("The request body is empty; send a JSON object with a 'query'");
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(body);
        } catch (DecodeException e) {
            throw new Malformed("The request body is not valid JSON");
        }
        if (!(parsed instanceof JsonObject params)) {
            throw new Malformed("The request body must be a JSON object");
        }
        return of(params.getValue("query"), params.getValue("operationName"), params.getValue("variables"),
                params.getValue("extensions"));
    }

    static GraphqlRequest fromQueryString(RoutingContext rc) throws Malformed {
        return of(rc.request().getParam("query"), rc.request().getParam("operationName"),
                decoded(rc.request().getParam("variables"), "variables"),
                decoded(rc.request().getParam("extensions"), "extensions"));
    }

    boolean namedByHashOnly() {
        return query == null;
    }

    GraphqlRequest withQuery(String document) {
        return new GraphqlRequest(document, operationName, sha256Hash);
    }

    private static Object decoded(String json, String name) throws Malformed {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            return Json.decodeValue(json);
        } catch (DecodeException e) {
            throw new Malformed("'" + name + "' is not valid JSON");
        }
    }

    private static GraphqlRequest of(Object query, Object operationName, Object variables, Object extensions)
            throws Malformed {
        if (operationName != null && !(operationName instanceof String)) {
            throw new Malformed("'operationName' must be a string");
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            throw new Malformed("'variables' must be a JSON object");
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            throw new Malformed("'extensions' must be a JSON object");
        }
        String hash = extensions == null ? null : persistedHash(((JsonObject) extensions).getValue("persistedQuery"));
        if (query == null && hash != null) {
            return new GraphqlRequest(null, (String) operationName, hash);
        }
        if (!(query instanceof String text) || text.isBlank()) {
            throw new Malformed(query == null ? "The 'query' parameter is missing" : "'query' must be a string");
        }
        return new GraphqlRequest(text, (String) operationName, hash);
    }

    /** Apollo's {@code {"version": 1, "sha256Hash": "<64 hex digits>"}}, checked before anything is looked up. */
    private static String persistedHash(Object persistedQuery) throws Malformed {
        if (persistedQuery == null) {
            return null;
        }
        if (!(persistedQuery instanceof JsonObject pq)) {
            throw new Malformed("'extensions.persistedQuery' must be a JSON object");
        }
        if (!(pq.getValue("version") instanceof Number version) || version.doubleValue() != 1) {
            throw new Malformed("'extensions.persistedQuery.version' must be 1");
        }
        if (!(pq.getValue("sha256Hash") instanceof String hash) || !SHA256_HEX.matcher(hash).matches()) {
            throw new Malformed("'extensions.persistedQuery.sha256Hash' must be a SHA-256 in 64 hex digits");
        }
        return hash.toLowerCase(Locale.ROOT);
    }
}
