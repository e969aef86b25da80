package ai.frontierwatch.gateway.client;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/** A 404 from a downstream lookup means "no such thing", which the schema answers with null. */
final class NotFound {

    private NotFound() {
    }

    /**
     * A lookup of one thing by the name given as a path segment: a blank name, "." or ".." names nothing (sent, it
     * would address another resource of the service, such as its list), so it is not sent.
     */
    static <T> Optional<T> named(String name, Supplier<T> lookup) {
        if (name == null || name.isBlank() || name.strip().equals(".") || name.strip().equals("..")) {
            return Optional.empty();
        }
        return empty(lookup);
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
