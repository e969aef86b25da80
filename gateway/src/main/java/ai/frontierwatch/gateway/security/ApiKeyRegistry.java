package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Looks partner keys up by their hash; keys themselves are never stored. */
@ApplicationScoped
public class ApiKeyRegistry {

    /** A known partner: its name, quota, and whether its key was revoked. */
    public record Partner(String name, int requestsPerMinute, boolean revoked) {
    }

    private final Map<String, Partner> byHash = new HashMap<>();

    public ApiKeyRegistry(GatewayConfig config) {
        config.apiKeys().forEach((name, key) -> byHash.put(key.sha256().toLowerCase(Locale.ROOT),
                new Partner(name, key.requestsPerMinute(), key.revoked())));
    }

    public Optional<Partner> find(String presentedKey) {
        return Optional.ofNullable(byHash.get(sha256(presentedKey)));
    }

    public static String sha256(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
