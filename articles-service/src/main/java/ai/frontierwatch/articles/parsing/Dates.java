package ai.frontierwatch.articles.parsing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates documents carry. A date without a time zone gets the one its language suggests
 * (+08:00 for Chinese, UTC otherwise) and says so ({@link PublishedDate#offsetAssumed()}).
 */
public final class Dates {

    private static final DateTimeFormatter SPACED_OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS]").optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("[XXX][XX][X]").toFormatter();
    private static final DateTimeFormatter SPACED_LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"));
    private static final Pattern CHINESE_DAY = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern ISO_DAY = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private Dates() {
    }

    /** A date field's value; empty when it does not read as a date. */
    public static Optional<PublishedDate> parse(String value, String language) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        ZoneOffset assumed = assumedOffset(language);
        try {
            return Optional.of(new PublishedDate(OffsetDateTime.parse(v), PublishedDate.Precision.TIME, false));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(new PublishedDate(OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME),
                    PublishedDate.Precision.TIME, false));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(new PublishedDate(OffsetDateTime.parse(v, SPACED_OFFSET), PublishedDate.Precision.TIME, false));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, SPACED_LOCAL)) {
            try {
                return Optional.of(new PublishedDate(LocalDateTime.parse(v, f).atOffset(assumed),
                        PublishedDate.Precision.TIME, true));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        for (DateTimeFormatter f : DAY_FORMATS) {
            try {
                return Optional.of(day(LocalDate.parse(v, f), assumed));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        Matcher zh = CHINESE_DAY.matcher(v);
        if (zh.matches()) {
            return chineseDay(zh, assumed);
        }
        return Optional.empty();
    }

    /** A day written inside a title or line ("2025年10月10日", "2026-02-13"). */
    public static Optional<PublishedDate> findInText(String text, String language) {
        if (text == null) {
            return Optional.empty();
        }
        ZoneOffset assumed = assumedOffset(language);
        Matcher zh = CHINESE_DAY.matcher(text);
        if (zh.find()) {
            return chineseDay(zh, assumed);
        }
        Matcher iso = ISO_DAY.matcher(text);
        if (iso.find()) {
            try {
                return Optional.of(day(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))), assumed));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<PublishedDate> chineseDay(Matcher m, ZoneOffset assumed) {
        try {
            return Optional.of(day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), assumed));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static PublishedDate day(LocalDate date, ZoneOffset offset) {
        return new PublishedDate(date.atStartOfDay().atOffset(offset), PublishedDate.Precision.DAY, true);
    }

    static ZoneOffset assumedOffset(String language) {
        return language != null && language.startsWith("zh") ? ZoneOffset.ofHours(8) : ZoneOffset.UTC;
    }
}
