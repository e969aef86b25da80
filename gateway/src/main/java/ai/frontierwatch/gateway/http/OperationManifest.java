package ai.frontierwatch.gateway.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operations the gateway knows by hash from the start, committed with it: in Apollo's persisted query manifest
 * format ({@code {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "name", "type",
 * "body"}]}}), so that frontend teams can generate their entries with Apollo's tooling. An id that is not the SHA-256
 * of its body stops the start: a wrong entry would otherwise only show when a client is refused.
 */
@ApplicationScoped
class OperationManifest {

    private static final String FORMAT = "apollo-persisted-query-manifest";

    private final Map<String, String> bodies;

    OperationManifest(GraphqlHttpConfig config) {
        this.bodies = Map.copyOf(read(config.persistedQueries().manifest()));
    }

    /** The document listed under this hash. */
    Optional<String> body(String sha256Hash) {
        return Optional.ofNullable(bodies.get(sha256Hash));
    }

    boolean lists(String sha256Hash) {
        return bodies.containsKey(sha256Hash);
    }

    int size() {
        return bodies.size();
    }

    static Map<String, String> read(String resource) {
        JsonObject manifest = new JsonObject(text(resource));
        if (!FORMAT.equals(manifest.getString("format")) || manifest.getInteger("version", 0) != 1) {
            throw new IllegalStateException(resource + " is not an " + FORMAT + " of version 1");
        }
        Map<String, String> bodies = new HashMap<>();
        JsonArray operations = manifest.getJsonArray("operations", new JsonArray());
        for (int i = 0; i < operations.size(); i++) {
            JsonObject operation = operations.getJsonObject(i);
            String id = operation.getString("id");
            String body = operation.getString("body");
            if (body == null || !Sha256.hex(body).equals(id)) {
                throw new IllegalStateException(resource + ": operation " + operation.getString("name", "#" + i)
                        + " has an id that is not the SHA-256 of its body");
            }
            bodies.put(id, body);
        }
        return bodies;
    }

    private static String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The operation manifest " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
