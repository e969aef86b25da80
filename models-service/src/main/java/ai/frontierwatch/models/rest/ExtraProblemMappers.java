package ai.frontierwatch.models.rest;

import ai.frontierwatch.commons.problem.Problem;
import ai.frontierwatch.commons.problem.ProblemMappers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Failures the shared problem mappers do not (or cannot, being less specific) turn into problem details. */
public class ExtraProblemMappers {

    private final ProblemMappers shared = new ProblemMappers();

    /**
     * Two writers racing for the same slug both pass the "slug is free" check; the database's unique index
     * stops the second one. That is the same conflict as the checked case, so it gets the same 409.
     */
    @ServerExceptionMapper
    public Response uniqueViolation(ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != ConstraintViolationException.ConstraintKind.UNIQUE) {
            return shared.unexpected(e, uri);
        }
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:problem:conflict", "Conflict", 409,
                        "Another request created the same slug at the same time", uri.getPath(), null))
                .build();
    }

    /** A JSON value of the wrong type; the framework's own mapper for it would answer without a problem body. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return shared.malformedJson(e, uri);
    }
}
