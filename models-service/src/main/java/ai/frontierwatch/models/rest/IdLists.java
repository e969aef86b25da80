package ai.frontierwatch.models.rest;

import ai.frontierwatch.commons.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Parses list ("a,b,c", the gateway's batch form) and date query parameters. */
final class IdLists {

    private IdLists() {
    }

    /** A YYYY-MM-DD query parameter; a clear 400 when it is not one. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be a date (YYYY-MM-DD), not '" + value + "'");
        }
    }

    static List<String> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            return null;
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
