package ai.frontierwatch.gateway.schema;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A global id: the type and the type's own id, as URL-safe Base64 of {@code Type:id}. Opaque to clients; decoding is
 * strict, so a made-up or damaged id is told apart from one of an object that no longer exists.
 */
public record GlobalId(NodeType type, String localId) {

    /** The types that implement {@code Node}, named as in the schema. */
    public enum NodeType { Model, Vendor, Benchmark, Article, DiscoveredModel }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type.name() + ":" + localId).getBytes(StandardCharsets.UTF_8));
    }

    public static String of(NodeType type, String localId) {
        return new GlobalId(type, localId).encode();
    }

    /** The global id this text holds; empty when it is not one this API gives out. */
    public static Optional<GlobalId> decode(String text) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = raw.indexOf(':');
        if (colon < 1 || colon == raw.length() - 1) {
            return Optional.empty();
        }
        String typeName = raw.substring(0, colon);
        for (NodeType type : NodeType.values()) {
            if (type.name().equals(typeName)) {
                GlobalId id = new GlobalId(type, raw.substring(colon + 1));
                // one encoding per object: what does not re-encode to itself was not given out
                return id.encode().equals(text) ? Optional.of(id) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
