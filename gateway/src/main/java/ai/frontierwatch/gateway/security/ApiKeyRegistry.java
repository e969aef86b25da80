package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.config.GatewayConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks partner keys up by their hash; keys themselves are never stored. A partner may have several keys at once
 * (rotation), each revocable on its own. Built at start, so that a conflicting configuration stops the start.
 */
@ApplicationScoped
@Startup
public class ApiKeyRegistry {

    /** The name of the single-key form's key ({@code fw.gateway.api-keys.<partner>.sha256}) in logs. */
    static final String PRIMARY_KEY = "sha256";

    /** A known partner as one of its keys presents it: its name, quota, which key, and whether that key is revoked. */
    public record Partner(String name, int requestsPerMinute, String key, boolean revoked) {
    }

    private final Map<String, Partner> byHash = new HashMap<>();

    public ApiKeyRegistry(GatewayConfig config) {
        config.apiKeys().forEach((name, partner) -> {
            partner.sha256().ifPresent(hash -> add(hash, new Partner(name, partner.requestsPerMinute(), PRIMARY_KEY,
                    partner.revoked())));
            partner.keys().forEach((key, hash) -> add(hash.sha256(), new Partner(name, partner.requestsPerMinute(),
                    key, partner.revoked() || hash.revoked())));
            if (partner.sha256().isEmpty() && partner.keys().isEmpty()) {
                throw new IllegalStateException("Partner '" + name + "' has no key: set fw.gateway.api-keys." + name
                        + ".sha256 or fw.gateway.api-keys." + name + ".keys.<name>.sha256");
            }
        });
    }

    private void add(String hash, Partner partner) {
        Partner other = byHash.putIfAbsent(hash.strip().toLowerCase(Locale.ROOT), partner);
        if (other != null) {
            throw new IllegalStateException("The same key hash is configured for partner '" + other.name() + "' (key "
                    + other.key() + ") and partner '" + partner.name() + "' (key " + partner.key() + ")");
        }
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
