package ai.frontierwatch.articles.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Hash of an article's normalized content (title and plain text, NFKC, lower case, white space
 * collapsed): the same text delivered twice, re-wrapped or re-encoded, has the same hash.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String plainText) {
        String normalized = Normalizer.normalize((title == null ? "" : title) + "\n" + plainText, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
