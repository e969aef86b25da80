package ai.frontierwatch.text;


/**
 * A text folded for matching (width, case, Chinese script) with one character per input character, plus a
 * compact view without separators (spaces, hyphens, underscores, middle dots), so that "Gemini3 Pro",
 * "gemini 3 pro" and "Gemini-3-Pro" compare equal while every match still maps back to input offsets.
 */
public final class FoldedText {

    private final String original;
    private final String folded;
    private final char[] compact;
    private final int[] compactToFolded;

    private FoldedText(String original) {
        this.original = original;
        this.folded = TextFolding.foldPreservingLength(simplifyPreservingLength(original));
        char[] buffer = new char[folded.length()];
        int[] index = new int[folded.length()];
        int n = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isSeparator(c)) {
                buffer[n] = c;
                index[n] = i;
                n++;
            }
        }
        this.compact = java.util.Arrays.copyOf(buffer, n);
        this.compactToFolded = java.util.Arrays.copyOf(index, n);
    }

    public static FoldedText of(String text) {
        return new FoldedText(text == null ? "" : text);
    }

    /** The compact key of a name: what it must equal in the compact view of a text to match. */
    public static String key(String name) {
        return new String(of(name).compact);
    }

    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '_' || c == '·' || c == '‧' || c == '‐' || c == '‑';
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int compactLength() {
        return compact.length;
    }

    public char compactAt(int i) {
        return compact[i];
    }

    /** Offset in the input of the compact character {@code i}. */
    public int offsetOf(int i) {
        return compactToFolded[i];
    }

    public String compactString() {
        return new String(compact);
    }

    /**
     * Traditional→Simplified conversion that never shifts offsets: whole text when the converter keeps the
     * length, otherwise line by line and, for a line it would reshape, character by character.
     */
    static String simplifyPreservingLength(String text) {
        if (!TextFolding.containsHan(text)) {
            return text;
        }
        String whole = TextFolding.toSimplified(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String simplified = TextFolding.toSimplified(line);
            if (simplified.length() == line.length()) {
                out.append(simplified);
            } else {
                for (int i = 0; i < line.length(); i++) {
                    String c = TextFolding.toSimplified(String.valueOf(line.charAt(i)));
                    out.append(c.length() == 1 ? c.charAt(0) : line.charAt(i));
                }
            }
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }
}
