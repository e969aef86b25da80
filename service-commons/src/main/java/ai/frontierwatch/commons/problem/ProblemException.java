package ai.frontierwatch.commons.problem;

import java.util.List;

/** Thrown by services for any client-visible failure; mapped to a problem+json response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "urn:problem:not-found", "Not found", what + " '" + id + "' does not exist",
                null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "urn:problem:conflict", "Conflict", detail, null);
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "urn:problem:unprocessable", "Unprocessable content", detail, errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "urn:problem:bad-request", "Bad request", detail, null);
    }

    /** A query, path or body value the caller got wrong, named with why. */
    public static ProblemException invalidParameter(String name, String reason) {
        return new ProblemException(400, "urn:problem:invalid-parameter", "Invalid parameter",
                "Parameter '" + name + "' " + reason, List.of(new Problem.FieldError(name, reason)));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "urn:problem:too-large", "Content too large", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
