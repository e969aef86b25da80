package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.error.ServiceUnavailableException;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/** Turns any failure of a downstream call into the typed error the schema promises. */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
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
