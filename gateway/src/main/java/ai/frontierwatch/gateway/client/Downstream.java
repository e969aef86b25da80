package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.error.ConflictException;
import ai.frontierwatch.gateway.error.NotFoundException;
import ai.frontierwatch.gateway.error.ServiceUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.jboss.logging.Logger;

/** Turns any failure of a downstream call into the typed error the schema promises. */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
    }

    /**
     * A write: the downstream service's verdict on the request (4xx with a problem detail) reaches the caller with
     * the service's reason, as NOT_FOUND (404), CONFLICT (409) or BAD_USER_INPUT (any other 4xx); anything else is
     * UNAVAILABLE.
     */
    public static <T> T write(String service, Callable<T> call) throws GraphQLException {
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
            LOG.warnf("%s write failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        }
    }

    private static String problemDetail(WebApplicationException e) {
        try {
            JsonNode problem = Json.MAPPER.readTree(e.getResponse().readEntity(String.class));
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (RuntimeException | IOException ignored) {
            // no readable problem detail
        }
        return "rejected (HTTP " + e.getResponse().getStatus() + ")";
    }

    public static <T> T call(String service, Callable<T> call) throws ServiceUnavailableException {
        try {
            return call.call();
        } catch (RuntimeException e) {
            LOG.warnf("%s call failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        } catch (Exception e) {
            LOG.warnf("%s call failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        }
    }
}
