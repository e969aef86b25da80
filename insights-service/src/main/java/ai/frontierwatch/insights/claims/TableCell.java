package ai.frontierwatch.insights.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table cell holds, read for what it is: "**54.1**", "54.1*", "54.1†", "54.1 (±0.3)", "54.1%" are one
 * score (the uncertainty kept apart, never a second value), "42.2/36.6" two scores, and "-", "N/A", empty and
 * text cells none.
 *
 * @param starred the number carried a "*" mark, which a note under the table may explain (e.g. thinking mode)
 */
record TableCell(List<Score> values, Double uncertainty, boolean starred) {

    static final TableCell NONE = new TableCell(List.of(), null, false);

    /** Cells longer than this are prose, never a score: bounds the cost of reading them. */
    private static final int MAX_LENGTH = 80;

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,7}(?:\\.\\d+)?)";
    private static final Pattern ONE = Pattern.compile("^[~≈约約]?\\s*" + NUMBER + "\\s*([%％])?"
            + "(?:\\s*(?:\\(\\s*(?:±|\\+/-|\\+-)\\s*" + NUMBER + "\\s*[%％]?\\s*\\)|(?:±|\\+/-)\\s*" + NUMBER + "\\s*[%％]?))?$");
    private static final Pattern TWO = Pattern.compile("^" + NUMBER + "\\s*([%％])?\\s*/\\s*" + NUMBER + "\\s*([%％])?$");
    private static final Pattern MARKS = Pattern.compile("(?:\\s*(?:[*＊†‡§¶^]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\[\\w{1,3}]))+$");

    static TableCell parse(String raw) {
        String text = TableText.clean(raw);
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return NONE;
        }
        boolean starred = false;
        Matcher marks = MARKS.matcher(text);
        if (marks.find()) {
            starred = marks.group().contains("*") || marks.group().contains("＊");
            text = text.substring(0, marks.start()).strip();
        }
        Matcher one = ONE.matcher(text);
        if (one.matches()) {
            String spread = one.group(3) != null ? one.group(3) : one.group(4);
            return new TableCell(List.of(score(one.group(1), one.group(2) != null)),
                    spread == null ? null : Double.parseDouble(spread.replace(",", "")), starred);
        }
        Matcher two = TWO.matcher(text);
        if (two.matches()) {
            return new TableCell(List.of(score(two.group(1), two.group(2) != null),
                    score(two.group(3), two.group(4) != null)), null, starred);
        }
        return NONE;
    }

    private static Score score(String number, boolean percent) {
        return Score.of(number.replace(",", ""), percent);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
