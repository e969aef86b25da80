package ai.frontierwatch.articles.search;

import ai.frontierwatch.commons.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the previous page ended: the last hit's score (ranked search) or feed time (listing) and its id.
 * Opaque to clients.
 */
public record Cursor(Kind kind, float score, long feedMicros, UUID id) {

    public enum Kind { SCORE, FEED }

    public String encode() {
        String raw = kind == Kind.SCORE ? "s|" + Float.floatToIntBits(score) + "|" + id : "f|" + feedMicros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String value, Kind expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
            Kind kind = "s".equals(parts[0]) ? Kind.SCORE : "f".equals(parts[0]) ? Kind.FEED : null;
            if (parts.length != 3 || kind != expected) {
                throw new IllegalArgumentException("wrong cursor kind");
            }
            UUID id = UUID.fromString(parts[2]);
            return kind == Kind.SCORE ? new Cursor(kind, Float.intBitsToFloat(Integer.parseInt(parts[1])), 0, id)
                    : new Cursor(kind, 0, Long.parseLong(parts[1]), id);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.badRequest("The cursor 'after' is not one this service gave out");
        }
    }
}
