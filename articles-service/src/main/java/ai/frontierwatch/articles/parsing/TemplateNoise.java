package ai.frontierwatch.articles.parsing;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Removes what site generators and editors leave in Markdown and a reader never sees: HTML comments (a
 * commented-out table or paragraph is not content), Liquid/Jinja tags and Hugo shortcodes. Of a Liquid
 * {@code if … else … endif} the first branch is kept. One pass each, no regular expressions: an opening mark
 * that is never closed ends the search for that mark.
 */
public final class TemplateNoise {

    private TemplateNoise() {
    }

    public static String clean(String text) {
        return liquid(comments(text));
    }

    static String comments(String s) {
        int at = s.indexOf("<!--");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            int end = s.indexOf("-->", at + 2);
            if (end < 0) {
                break;
            }
            out.append(s, from, at);
            from = end + 3;
            at = s.indexOf("<!--", from);
        }
        return out.append(s, from, s.length()).toString();
    }

    static String liquid(String s) {
        int tag = s.indexOf("{%");
        int output = s.indexOf("{{");
        if (tag < 0 && output < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        // per open if/comment: where its dropped part (else branch, comment) starts in out, or -1
        Deque<int[]> open = new ArrayDeque<>();
        int from = 0;
        while (tag >= 0 || output >= 0) {
            boolean isTag = tag >= 0 && (output < 0 || tag < output);
            int at = isTag ? tag : output;
            int end = s.indexOf(isTag ? "%}" : "}}", at + 2);
            if (end < 0) {
                // never closed: this mark is text, and so is every later one of its kind
                if (isTag) {
                    tag = -1;
                } else {
                    output = -1;
                }
                continue;
            }
            out.append(s, from, at);
            if (isTag) {
                control(keyword(s, at + 2, end), open, out);
            }
            from = end + 2;
            tag = tag >= 0 && tag < from ? s.indexOf("{%", from) : tag;
            output = output >= 0 && output < from ? s.indexOf("{{", from) : output;
        }
        out.append(s, from, s.length());
        return out.toString();
    }

    /** What a Liquid tag does to the text around it. */
    private static void control(String keyword, Deque<int[]> open, StringBuilder out) {
        switch (keyword) {
            case "if", "unless", "case" -> open.push(new int[] {-1});
            case "comment" -> open.push(new int[] {out.length()});
            case "else", "elsif", "when" -> {
                if (!open.isEmpty() && open.peek()[0] < 0) {
                    open.peek()[0] = out.length();
                }
            }
            case "endif", "endunless", "endcase", "endcomment" -> {
                if (!open.isEmpty()) {
                    int dropFrom = open.pop()[0];
                    if (dropFrom >= 0) {
                        out.setLength(dropFrom);
                    }
                }
            }
            default -> {
                // other tags (include, assign, raw) leave nothing
            }
        }
    }

    /** The first word of a tag ({@code {%- if x %}} gives "if"). */
    private static String keyword(String s, int from, int end) {
        int i = from;
        while (i < end && (s.charAt(i) == '-' || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        int j = i;
        while (j < end && j - i < 12 && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j);
    }
}
