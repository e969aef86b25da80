package ai.frontierwatch.contracts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What text and dates every API of the system accepts from its callers, checked at each edge the same way: the
 * services' REST parameters and bodies (service-commons) and the gateway's GraphQL arguments. A value that breaks a
 * rule is the caller's mistake (400, BAD_USER_INPUT), found before any work is done with it.
 *
 * <ul>
 * <li>A <b>parameter</b> (an id, a slug, a name, a filter, a cursor, a search) is one line of at most
 * {@link #MAX_PARAMETER_CHARS} characters, without control characters and without lone surrogates.</li>
 * <li>A <b>text</b> (a document, a note, a quote) may run over lines and be long, but holds no NUL, no other
 * C0 control character than tab, line feed, carriage return and form feed, and no lone surrogate: NUL cannot be
 * stored, a lone surrogate is not Unicode, and the other C0 controls are never prose.</li>
 * <li>A <b>date</b> lies in the years {@link #MIN_YEAR} to {@link #MAX_YEAR}: the system records AI-industry
 * facts, so a date outside them is a typo or a probe, and would only make the work asked for unbounded.</li>
 * </ul>
 */
public final class InputRules {

    public static final int MAX_PARAMETER_CHARS = 500;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private InputRules() {
    }

    /** Why {@code value} cannot be a parameter, or empty when it can. */
    public static Optional<String> parameter(String value) {
        if (value.length() > MAX_PARAMETER_CHARS) {
            return Optional.of("is " + value.length() + " characters long; at most " + MAX_PARAMETER_CHARS);
        }
        return characters(value, false);
    }

    /** Why {@code value} cannot be a text, or empty when it can. */
    public static Optional<String> text(String value) {
        return characters(value, true);
    }

    /** Why {@code date} cannot be a date argument, or empty when it can. */
    public static Optional<String> date(LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            return Optional.of("must be a date in the years " + MIN_YEAR + " to " + MAX_YEAR + ", not " + date);
        }
        return Optional.empty();
    }

    private static Optional<String> characters(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a lone surrogate " + codePoint(c) + " at position " + i
                        + " (not Unicode text)");
            } else if (multiline ? c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' : isControl(c)) {
                return Optional.of("contains the control character " + codePoint(c) + " at position " + i);
            }
        }
        return Optional.empty();
    }

    /** C0 controls, DEL and C1 controls (a text is only refused C0 ones: old encodings leave the others in prose). */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
