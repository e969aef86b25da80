package ai.frontierwatch.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json. Client mistakes name what is wrong; anything
 * unexpected is logged with its stack and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("urn:problem:validation", "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String detail = "Malformed JSON body";
        if (e instanceof InvalidFormatException ife && !ife.getPath().isEmpty()) {
            detail = "Field '" + jsonPath(ife) + "' cannot take the value " + ife.getValue();
        } else if (e instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            detail = "Field '" + jsonPath(mie) + "' has the wrong type";
        } else if (e.getLocation() != null) {
            detail += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        return respond(new Problem("urn:problem:malformed-body", "Bad request", 400, detail, path(uri), null));
    }

    /** A JSON value of the wrong type; the framework has a more specific mapper for it that sends no problem body. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    /**
     * Two writers racing for the same unique key (a slug, a URL) both pass the service's "is it free" check; the
     * database's unique index stops the second one. That is the same conflict as the checked case: 409.
     */
    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return unexpected(e, uri);
        }
        return respond(new Problem("urn:problem:conflict", "Conflict", 409,
                "Another request created the same resource at the same time; retry to see it", path(uri), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : family.name();
        String detail = status >= 500 ? "The request could not be completed" : e.getMessage();
        return respond(new Problem("urn:problem:http-" + status, title, status, detail, path(uri), null));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure on " + path(uri), e);
        return respond(new Problem("urn:problem:internal", "Internal error", 500,
                "The request could not be completed; the failure is logged", path(uri), null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String leaf(String propertyPath) {
        // "create.arg0.name" -> "name"; "create.request.results[2].value" -> "results[2].value"
        String[] parts = propertyPath.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1]
                : String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String jsonPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
