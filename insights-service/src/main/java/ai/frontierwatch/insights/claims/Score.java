package ai.frontierwatch.insights.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number as written: its value, decimals and whether it carried a percent sign. */
public record Score(double value, int decimals, boolean percent) {

    private static final Pattern CELL = Pattern.compile(
            "^[~≈约約]?\\s*(\\d{1,5}(?:\\.\\d+)?)\\s*([%％])?\\s*(?:[±+][-]?\\s*\\d+(?:\\.\\d+)?\\s*[%％]?)?$");

    /** The score a table cell holds, if the whole cell is one number (bold markers and spaces ignored). */
    public static Optional<Score> ofCell(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String s = cell.replace("**", "").replace("__", "").replace("*", "").strip();
        Matcher m = CELL.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(of(m.group(1), m.group(2) != null));
    }

    public static Score of(String number, boolean percent) {
        int dot = number.indexOf('.');
        return new Score(Double.parseDouble(number), dot < 0 ? 0 : number.length() - dot - 1, percent);
    }

    /** Half a unit in the last written digit: "80%" matches 79.5–80.5, "80.0%" matches 79.95–80.05. */
    public double tolerance() {
        return 0.5 * Math.pow(10, -decimals);
    }
}
