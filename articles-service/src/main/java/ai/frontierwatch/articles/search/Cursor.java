package ai.frontierwatch.articles.search;

import ai.frontierwatch.commons.edge.OpaqueCursor;
import ai.frontierwatch.contracts.InputRules;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Where the previous page ended: the last hit's score (ranked search) or feed time (listing) and its id.
 * Opaque to clients.
 */
public record Cursor(Kind kind, float score, long feedMicros, UUID id) {

    public enum Kind { SCORE, FEED }

    public String encode() {
        return OpaqueCursor.encode(kind == Kind.SCORE ? "s|" + Float.floatToIntBits(score) + "|" + id
                : "f|" + feedMicros + "|" + id);
    }

    public static Cursor decode(String value, Kind expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = OpaqueCursor.decode("after", value);
        try {
            String[] parts = text.split("\\|");
            Kind kind = "s".equals(parts[0]) ? Kind.SCORE : "f".equals(parts[0]) ? Kind.FEED : null;
            if (parts.length != 3 || kind != expected) {
                throw new IllegalArgumentException("wrong cursor kind");
            }
            UUID id = UUID.fromString(parts[2]);
            if (kind == Kind.SCORE) {
                return new Cursor(kind, Float.intBitsToFloat(Integer.parseInt(parts[1])), 0, id);
            }
            long micros = Long.parseLong(parts[1]);
            // a feed time the service could have written: a date in the years any date parameter may name
            if (InputRules.date(LocalDate.ofInstant(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), ZoneOffset.UTC))
                    .isPresent()) {
                throw OpaqueCursor.invalid("after");
            }
            return new Cursor(kind, 0, micros, id);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeException | ArithmeticException e) {
            throw OpaqueCursor.invalid("after");
        }
    }
}
