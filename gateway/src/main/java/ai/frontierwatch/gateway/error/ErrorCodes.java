package ai.frontierwatch.gateway.error;

/** The values of {@code extensions.code} clients can branch on. */
public final class ErrorCodes {
    /** A downstream service is down or too slow; the affected fields are null. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /**
     * A write was sent but not confirmed in time: it may have been made. The message says how to check (a repeated
     * ingestArticle answers UNCHANGED for a stored document); never used when nothing was sent.
     */
    public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";
    /** An argument is invalid; the message starts with the argument's name. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** A write referenced something that does not exist. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** A write would contradict the record (a slug or name already taken); nothing was changed. */
    public static final String CONFLICT = "CONFLICT";
    /** The caller's quota is used up; HTTP 429 with Retry-After. */
    public static final String RATE_LIMITED = "RATE_LIMITED";
    /** The API key or token is missing, unknown or revoked; HTTP 401. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** The caller lacks the role a mutation needs. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** The operation did not finish within the gateway's time bound; retry, or ask for less. */
    public static final String TIMEOUT = "TIMEOUT";
    /** The HTTP request is not a GraphQL request (body not JSON, no query, wrong types); HTTP 400. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** The document is not valid GraphQL syntax (or has too many tokens). */
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** The document does not fit the schema. */
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** A mutation sent with GET, or an HTTP method other than GET and POST; HTTP 405 with Allow. */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** The request body is not application/json; HTTP 415. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** The Accept header names no type the gateway produces; HTTP 406. */
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    /** The request body (HTTP 413) or its URL (HTTP 414) is longer than the gateway reads. */
    public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";
    /**
     * A request named its document by hash only, and this replica does not know the hash (yet): the client resends it
     * with the document (Apollo's automatic persisted queries).
     */
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    /** The gateway runs only the operations of its manifest, and this document is not one of them. */
    public static final String PERSISTED_QUERY_NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED";
    /** The gateway failed in a way it did not foresee; the failure is logged. Retry later. */
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    /** Every code a client may see. */
    public static final java.util.Set<String> ALL = java.util.Set.of(UNAVAILABLE, BAD_USER_INPUT, NOT_FOUND, CONFLICT,
            RATE_LIMITED, UNAUTHENTICATED, FORBIDDEN, TIMEOUT, BAD_REQUEST, GRAPHQL_PARSE_FAILED,
            GRAPHQL_VALIDATION_FAILED, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE, REQUEST_TOO_LARGE,
            INTERNAL_SERVER_ERROR, OUTCOME_UNKNOWN, PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_NOT_ALLOWED);

    private ErrorCodes() {
    }
}
