package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.error.ServiceUnavailableException;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/** Turns any failure of a downstream call into the typed error the schema promises. */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
    }

    /**
     * A write: the downstream service's verdict on bad input (4xx with a problem detail) reaches the caller
     * as BAD_USER_INPUT or NOT_FOUND with the service's reason; anything else is UNAVAILABLE.
     */
    public static <T> T write(String service, Callable<T> call) throws org.eclipse.microprofile.graphql.GraphQLException {
        try {
            return call.call();
        } catch (jakarta.ws.rs.WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                String detail = problemDetail(e);
                if (status == 404) {
                    throw new ai.frontierwatch.gateway.error.NotFoundException(detail);
                }
                throw new ai.frontierwatch.gateway.error.BadUserInputException("input", detail);
            }
            LOG.warnf("%s write failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        } catch (Exception e) {
            LOG.warnf("%s write failed: %s", service, e.toString());
            throw new ServiceUnavailableException(service);
        }
    }

    private static String problemDetail(jakarta.ws.rs.WebApplicationException e) {
        try {
            com.fasterxml.jackson.databind.JsonNode problem = Json.MAPPER.readTree(e.getResponse().readEntity(String.class));
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (RuntimeException | java.io.IOException ignored) {
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
