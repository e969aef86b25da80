package ai.frontierwatch.insights.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Operator commands ({@code /api/v1/admin}: rebuild, state digest) need the operator token as a bearer token when one
 * is configured ({@code fw.admin.operator-token}, FW_OPERATOR_TOKEN; required in production). Anything else is
 * refused with 401 before the command runs.
 */
@ApplicationScoped
public class OperatorAccess {

    static final String ADMIN_PATH = "api/v1/admin";

    private final Optional<byte[]> token;

    public OperatorAccess(@ConfigProperty(name = "fw.admin.operator-token") Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter
    public void check(UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath().replaceFirst("^/+", "");
        if (token.isPresent() && (path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/"))) {
            if (!allowed(headers.getHeaderString(HttpHeaders.AUTHORIZATION))) {
                throw new ProblemException(401, "urn:problem:unauthenticated", "Unauthenticated",
                        "Operator commands need the operator token: Authorization: Bearer <token>", null);
            }
        }
    }

    /** Whether an Authorization header carries the operator token (compared in constant time). */
    boolean allowed(String authorization) {
        if (token.isEmpty()) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get());
    }
}
