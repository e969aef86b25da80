package ai.frontierwatch.gateway.http;

import io.vertx.ext.web.MIMEHeader;
import java.util.List;
import java.util.Optional;

/**
 * The two response media types of GraphQL over HTTP. {@code application/graphql-response+json} carries meaning
 * in its status codes (400 for a request that could not be executed); {@code application/json} is the legacy
 * type and answers 200 to every well-formed request, as older clients expect.
 */
public enum ResponseMediaType {
    GRAPHQL_RESPONSE("application/graphql-response+json"),
    JSON("application/json");

    private final String type;

    ResponseMediaType(String type) {
        this.type = type;
    }

    public String contentType() {
        return type + "; charset=utf-8";
    }

    /**
     * The first acceptable type in the client's order of preference (Vert.x sorts the Accept header by quality);
     * no Accept header means application/json; empty when nothing the client accepts can be produced.
     */
    public static Optional<ResponseMediaType> negotiate(List<MIMEHeader> accepted) {
        if (accepted == null || accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MIMEHeader header : accepted) {
            String mediaType = header.rawValue().split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
            switch (mediaType) {
                case "application/graphql-response+json":
                    return Optional.of(GRAPHQL_RESPONSE);
                case "application/json", "application/*", "*/*":
                    return Optional.of(JSON);
                default:
                    break;
            }
        }
        return Optional.empty();
    }
}
