package ai.frontierwatch.gateway.mutations;

import ai.frontierwatch.gateway.error.ForbiddenException;
import ai.frontierwatch.gateway.error.UnauthenticatedException;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.graphql.GraphQLException;

/** Mutations are for editors: a signed-in caller with the editor role. */
final class Editors {

    static final String ROLE = "editor";

    private Editors() {
    }

    static void require(SecurityIdentity identity) throws GraphQLException {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException();
        }
        if (!identity.hasRole(ROLE)) {
            throw new ForbiddenException(ROLE);
        }
    }
}
