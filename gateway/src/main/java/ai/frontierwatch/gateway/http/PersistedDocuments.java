package ai.frontierwatch.gateway.http;

import ai.frontierwatch.gateway.error.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Which document a request runs, and whether it may: a document named by hash is looked up in the manifest, then
 * among those clients registered; a document sent with a hash must match it; under the allow-list only the manifest's
 * documents run. Everything here is a lookup or one hash of a document already bounded by the body and URL limits,
 * cheap enough for the event loop.
 */
@ApplicationScoped
class PersistedDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);

    sealed interface Resolution {
    }

    /** The request with its document; {@code register}: a document sent with its hash, to keep once it is valid. */
    record Run(GraphqlRequest request, boolean register) implements Resolution {
    }

    /** Not run; {@code status} is the HTTP status under application/graphql-response+json (200 under JSON). */
    record Refused(int status, String code, String message) implements Resolution {
    }

    private final OperationManifest manifest;
    private final AutomaticPersistedQueries registered;
    private final boolean allowListOnly;

    PersistedDocuments(OperationManifest manifest, AutomaticPersistedQueries registered, GraphqlHttpConfig config) {
        this.manifest = manifest;
        this.registered = registered;
        this.allowListOnly = config.persistedQueries().allowListOnly();
        LOG.infof(allowListOnly ? "Only the %d operations of the manifest run" : "%d operations known by hash from the manifest; any valid document runs",
                manifest.size());
    }

    /**
     * What to run for {@code request}; {@code identified}: a partner or an editor sent it, who write operations of
     * their own, so the allow-list (the first-party frontends' operations) does not bound them.
     */
    Resolution resolve(GraphqlRequest request, boolean identified) {
        boolean allowListOnly = this.allowListOnly && !identified;
        String hash = request.sha256Hash();
        if (request.namedByHashOnly()) {
            Optional<String> document = manifest.body(hash);
            if (document.isEmpty() && !allowListOnly) {
                document = registered.document(hash);
            }
            return document.<Resolution>map(d -> new Run(request.withQuery(d), false))
                    // not 400: older Apollo clients take a 400 for "no persisted queries here" and stop sending hashes
                    .orElseGet(() -> new Refused(404, ErrorCodes.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"));
        }
        String actual = hash != null || allowListOnly ? Sha256.hex(request.query()) : null;
        if (hash != null && !hash.equals(actual)) {
            return new Refused(400, ErrorCodes.BAD_USER_INPUT,
                    "extensions.persistedQuery.sha256Hash: not the SHA-256 of the query sent with it");
        }
        if (allowListOnly && !manifest.lists(actual)) {
            return new Refused(400, ErrorCodes.PERSISTED_QUERY_NOT_ALLOWED,
                    "This gateway runs only the operations of its manifest; this document is not one of them");
        }
        return new Run(request, hash != null && !allowListOnly && !manifest.lists(hash));
    }

    /** Keeps a document a client sent with its hash, once it has proved valid. */
    void registered(Run run) {
        if (run.register()) {
            registered.register(run.request().sha256Hash(), run.request().query());
        }
    }
}
