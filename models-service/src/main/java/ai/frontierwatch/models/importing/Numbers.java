package ai.frontierwatch.models.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient parsing of the numbers and dates found in public datasets ("53.6%", "1,234", "2024/12/21"). */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})[-_](\\d{2})[-_](\\d{2})");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Numbers() {
    }

    /** The number in a cell, without a trailing "%" or thousands separators; null when it is not one. */
    static Double parse(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip().replace(",", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : null;
    }

    static boolean isPercent(String cell) {
        return cell != null && cell.strip().endsWith("%");
    }

    /** A YYYY-MM-DD / YYYY/MM/DD / "17 November 2025 4:28pm" date; null when absent or unreadable. */
    static LocalDate date(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String s = cell.strip();
        Matcher m = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})").matcher(s);
        try {
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            String[] words = s.split("\\s+");
            if (words.length >= 3) {
                return LocalDate.parse(words[0] + " " + words[1] + " " + words[2], LONG_DATE);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The date a dataset release carries in its file name (table_2025_04_02.csv, x.2025-05-24.json). */
    static LocalDate dateInName(String fileName) {
        Matcher m = DATE_IN_NAME.matcher(fileName == null ? "" : fileName);
        LocalDate found = null;
        while (m.find()) {
            try {
                found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException ignored) {
                // not a date; keep looking
            }
        }
        return found;
    }
}
