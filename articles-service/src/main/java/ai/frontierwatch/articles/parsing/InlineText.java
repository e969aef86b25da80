package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a reader sees it, without markup, with the web links it holds: each link's target and where its
 * text sits in {@link #text()}. Lines are separated by {@code \n}.
 */
public record InlineText(String text, List<Anchor> anchors) {

    public static final InlineText EMPTY = new InlineText("", List.of());

    /**
     * A link inside the text.
     *
     * @param link its text ({@code null} for a bare URL or an autolink) and its target
     */
    public record Anchor(int start, int end, Link link) {
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The part from {@code from} to {@code to}, with the links that start inside it. */
    public InlineText slice(int from, int to) {
        List<Anchor> inside = new ArrayList<>();
        for (Anchor a : anchors) {
            if (a.start() >= from && a.start() < to) {
                inside.add(new Anchor(a.start() - from, Math.min(a.end(), to) - from, a.link()));
            }
        }
        return new InlineText(text.substring(from, to), inside);
    }

    /** Without white space at either end. */
    public InlineText strip() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : slice(from, to);
    }

    /** Every line behind {@code indent}: a nested list item shows its depth in plain text. */
    public InlineText indented(String indent) {
        StringBuilder sb = new StringBuilder(text.length() + indent.length());
        int[] shift = new int[text.length() + 1];
        int added = indent.length();
        sb.append(indent);
        for (int i = 0; i < text.length(); i++) {
            shift[i] = added;
            char c = text.charAt(i);
            sb.append(c);
            if (c == '\n') {
                sb.append(indent);
                added += indent.length();
            }
        }
        shift[text.length()] = added;
        List<Anchor> moved = new ArrayList<>(anchors.size());
        for (Anchor a : anchors) {
            moved.add(new Anchor(a.start() + shift[a.start()], a.end() + shift[Math.max(a.start(), a.end() - 1)], a.link()));
        }
        return new InlineText(sb.toString(), moved);
    }

    public List<InlineText> lines() {
        List<InlineText> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(slice(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    public List<Link> links() {
        return anchors.stream().map(Anchor::link).toList();
    }

    /** The first link, or null. */
    public Link firstLink() {
        return anchors.isEmpty() ? null : anchors.get(0).link();
    }

    /** Texts joined by a separator, links kept where their text lands. */
    public static InlineText join(List<InlineText> parts, String separator) {
        StringBuilder sb = new StringBuilder();
        List<Anchor> anchors = new ArrayList<>();
        for (InlineText part : parts) {
            if (part.isBlank()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(separator);
            }
            int offset = sb.length();
            part.anchors().forEach(a -> anchors.add(new Anchor(a.start() + offset, a.end() + offset, a.link())));
            sb.append(part.text());
        }
        return new InlineText(sb.toString(), anchors);
    }
}
