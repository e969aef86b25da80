package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.error.ConflictException;
import ai.frontierwatch.gateway.error.NotFoundException;
import ai.frontierwatch.gateway.error.OutcomeUnknownException;
import ai.frontierwatch.gateway.error.ServiceUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.jboss.logging.Logger;

/** Turns any failure of a downstream call into the typed error the schema promises. */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
    }

    /** What a caller of a write whose outcome is unknown should do, unless the write says better. */
    public static final String READ_BACK = "read it back before repeating it";

    /**
     * A write: the downstream service's verdict on the request (4xx with a problem detail) reaches the caller with
     * the service's reason, as NOT_FOUND (404), CONFLICT (409) or BAD_USER_INPUT (any other 4xx); a failure before the
     * request was sent (breaker open, connection refused) or answered by the service (5xx, its transaction rolled
     * back) is UNAVAILABLE; no answer in time, or a connection lost on the way, is OUTCOME_UNKNOWN.
     */
    public static <T> T write(String service, Callable<T> call) throws GraphQLException {
        return write(service, call, READ_BACK);
    }

    /** A write, with what a caller should do when its outcome is unknown ({@code howToCheck}). */
    public static <T> T write(String service, Callable<T> call, String howToCheck) throws GraphQLException {
        try {
            return call.call();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                String detail = problemDetail(e);
                throw switch (status) {
                    case 404 -> new NotFoundException(detail);
                    case 409 -> new ConflictException(detail);
                    default -> new BadUserInputException("input", detail);
                };
            }
            LOG.warnf("%s write failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        } catch (Exception e) {
            if (notSent(e)) {
                LOG.warnf("%s write not sent: %s", service, e.toString());
                throw new ServiceUnavailableException(service);
            }
            LOG.warnf("%s write not confirmed: %s", service, e.toString());
            throw new OutcomeUnknownException(service, howToCheck);
        }
    }

    /** Whether a failed call certainly never reached the service: refused by its breaker or bulkhead, or no connection. */
    static boolean notSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CircuitBreakerOpenException || t instanceof BulkheadException
                    || t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private static String problemDetail(WebApplicationException e) {
        JsonNode problem = problem(e);
        if (problem != null && problem.hasNonNull("detail")) {
            return problem.get("detail").asText();
        }
        return "rejected (HTTP " + e.getResponse().getStatus() + ")";
    }

    private static JsonNode problem(WebApplicationException e) {
        try {
            return Json.MAPPER.readTree(e.getResponse().readEntity(String.class));
        } catch (RuntimeException | IOException ignored) {
            return null;
        }
    }

    /**
     * A read: a refusal (4xx) is the service's verdict on what the caller asked, passed on as BAD_USER_INPUT with the
     * service's reason (it opens no breaker); anything else is UNAVAILABLE.
     */
    public static <T> T call(String service, Callable<T> call) throws ServiceUnavailableException,
            BadUserInputException {
        try {
            return call.call();
        } catch (DownstreamRejection e) {
            JsonNode problem = problem(e);
            String field = problem == null ? "" : problem.path("errors").path(0).path("field").asText("");
            LOG.debugf("%s refused a read: %s", service, e.toString());
            throw new BadUserInputException(field.isEmpty() ? "input" : field, problemDetail(e));
        } catch (RuntimeException e) {
            LOG.warnf("%s call failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        } catch (Exception e) {
            LOG.warnf("%s call failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        }
    }
}
