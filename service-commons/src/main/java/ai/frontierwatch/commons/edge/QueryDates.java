package ai.frontierwatch.commons.edge;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.InputRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Date query parameters, read the same way by every service: ISO-8601, within {@link InputRules#date}. */
public final class QueryDates {

    private QueryDates() {
    }

    /** A date like 2025-12-31; null when absent or blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return checked(name, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "must be a date like 2025-12-31, not '" + value + "'");
        }
    }

    /**
     * A date (its start, or with {@code endOfDay} the start of the next day, in UTC) or a date-time with offset;
     * null when absent or blank.
     */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(value.strip());
            checked(name, at.toLocalDate());
            return at.toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = checked(name, LocalDate.parse(value.strip()));
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw ProblemException.invalidParameter(name,
                        "must be a date (2025-10-10) or a date-time with offset, not '" + value + "'");
            }
        }
    }

    private static LocalDate checked(String name, LocalDate date) {
        InputRules.date(date).ifPresent(reason -> {
            throw ProblemException.invalidParameter(name, reason);
        });
        return date;
    }
}
