package ai.frontierwatch.gateway.error;

/** The values of {@code extensions.code} clients can branch on. */
public final class ErrorCodes {
    /** A downstream service is down or too slow; the affected fields are null. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /** An argument is invalid; the message starts with the argument's name. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** A write referenced something that does not exist. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The caller's quota is used up; HTTP 429 with Retry-After. */
    public static final String RATE_LIMITED = "RATE_LIMITED";
    /** The API key or token is missing, unknown or revoked; HTTP 401. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** The caller lacks the role a mutation needs. */
    public static final String FORBIDDEN = "FORBIDDEN";

    private ErrorCodes() {
    }
}
