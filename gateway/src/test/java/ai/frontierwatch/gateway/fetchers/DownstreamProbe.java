package ai.frontierwatch.gateway.fetchers;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.MDC;

/**
 * Registered with every REST client of the test application: notes, on the thread that sends a downstream request,
 * what a resolver would see there (its thread, the request context, the caller's identity, the log context).
 */
@Provider
public class DownstreamProbe implements ClientRequestFilter {

    record Observation(String path, String thread, boolean requestContextActive, String principal, Object traceId) {
    }

    private static final List<Observation> OBSERVED = new CopyOnWriteArrayList<>();

    static void clear() {
        OBSERVED.clear();
    }

    static List<Observation> observed() {
        return List.copyOf(OBSERVED);
    }

    @Override
    public void filter(ClientRequestContext request) {
        boolean active = Arc.container().requestContext().isActive();
        String principal = null;
        if (active) {
            try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
                principal = identity.get().isAnonymous() ? "" : identity.get().getPrincipal().getName();
            }
        }
        OBSERVED.add(new Observation(request.getUri().getPath(), Thread.currentThread().getName(), active, principal,
                MDC.get("traceId")));
    }
}
