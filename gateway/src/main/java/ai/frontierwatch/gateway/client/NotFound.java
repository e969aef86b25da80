package ai.frontierwatch.gateway.client;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/** A 404 from a downstream lookup means "no such thing", which the schema answers with null. */
final class NotFound {

    private NotFound() {
    }

    static <T> Optional<T> empty(Supplier<T> lookup) {
        try {
            return Optional.ofNullable(lookup.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
