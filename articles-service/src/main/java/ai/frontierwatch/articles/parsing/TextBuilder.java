package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the text of one block from Markdown inlines or HTML nodes: links and images found on the way, and
 * how much of the text is bold (a bold-only line acts as a label, a bold cell marks a leading score). Bare
 * web addresses in the text become links when the text is done.
 */
final class TextBuilder {

    /** Marks after a bold score that say which setting it was measured in ("**83.0**\*"), not part of the bold. */
    private static final String FOOTNOTE_MARKS = "*＊†‡^§※";

    private final StringBuilder text = new StringBuilder();
    private final List<InlineText.Anchor> anchors = new ArrayList<>();
    private final List<Link> images = new ArrayList<>();
    private final List<int[]> openLinks = new ArrayList<>();
    private final List<String> openUrls = new ArrayList<>();
    private int strong;
    private int boldChars;
    private int otherChars;

    /** Markdown text: kept as written. */
    void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineBreak();
            } else {
                put(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    /** HTML text: runs of white space are one space, none at the start of a line. */
    void appendCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
                space();
            } else {
                put(c);
            }
        }
    }

    void space() {
        if (!text.isEmpty()) {
            char last = text.charAt(text.length() - 1);
            if (last != ' ' && last != '\n') {
                text.append(' ');
            }
        }
    }

    void lineBreak() {
        trimTrailingSpaces();
        if (!text.isEmpty()) {
            text.append('\n');
        }
    }

    /** A paragraph boundary inside one block (a quote, a list item): lines, not blank lines. */
    void blockBreak() {
        trimTrailingSpaces();
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private void put(char c) {
        text.append(c);
        if (!Character.isWhitespace(c)) {
            if (strong > 0) {
                boldChars++;
            } else if (FOOTNOTE_MARKS.indexOf(c) < 0) {
                otherChars++;
            }
        }
    }

    private void trimTrailingSpaces() {
        int len = text.length();
        while (len > 0 && text.charAt(len - 1) == ' ') {
            len--;
        }
        text.setLength(len);
    }

    void strongStart() {
        strong++;
    }

    void strongEnd() {
        strong = Math.max(0, strong - 1);
    }

    void linkStart(String url) {
        openLinks.add(new int[] {text.length()});
        openUrls.add(url == null ? "" : url.strip());
    }

    void linkEnd() {
        if (openLinks.isEmpty()) {
            return;
        }
        int start = openLinks.remove(openLinks.size() - 1)[0];
        String url = openUrls.remove(openUrls.size() - 1);
        if (!Urls.isWeb(url)) {
            return;
        }
        int from = Math.min(start, text.length());
        String label = text.substring(from).strip();
        // an autolink shows its own address: like a bare URL, it has no text of its own
        anchors.add(new InlineText.Anchor(from, text.length(), new Link(label.equals(url) ? null : label, url)));
    }

    /** An image: its alternative text is read like text, the image itself is kept apart. */
    void image(String alt, String url) {
        String a = alt == null ? "" : alt.strip();
        if (url != null && !url.isBlank()) {
            images.add(new Link(a.isEmpty() ? null : a, url.strip()));
        }
        if (!a.isEmpty()) {
            append(a);
        }
    }

    /** An image whose alternative text is not read (an icon in a table cell). */
    void addImage(String alt, String url) {
        if (url != null && !url.isBlank()) {
            images.add(new Link(alt, url.strip()));
        }
    }

    /** Every non-blank character is bold (footnote marks after it aside). */
    boolean boldOnly() {
        return boldChars > 0 && otherChars == 0;
    }

    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    List<Link> images() {
        return List.copyOf(images);
    }

    InlineText build() {
        while (!openLinks.isEmpty()) {
            linkEnd();
        }
        trimTrailingSpaces();
        int len = text.length();
        while (len > 0 && Character.isWhitespace(text.charAt(len - 1))) {
            len--;
        }
        text.setLength(len);
        int from = 0;
        while (from < len && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        List<InlineText.Anchor> all = new ArrayList<>(anchors);
        BareUrls.find(text, all);
        all.sort((x, y) -> Integer.compare(x.start(), y.start()));
        InlineText built = new InlineText(text.toString(), clamp(all, len));
        return from == 0 ? built : built.slice(from, len);
    }

    private static List<InlineText.Anchor> clamp(List<InlineText.Anchor> anchors, int len) {
        List<InlineText.Anchor> out = new ArrayList<>(anchors.size());
        for (InlineText.Anchor a : anchors) {
            int start = Math.min(a.start(), len);
            out.add(new InlineText.Anchor(start, Math.max(start, Math.min(a.end(), len)), a.link()));
        }
        return out;
    }
}
