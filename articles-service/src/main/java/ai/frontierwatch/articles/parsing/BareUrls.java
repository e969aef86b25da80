package ai.frontierwatch.articles.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Web addresses written out in text ("see https://…"), found in one pass. */
final class BareUrls {

    /** Characters that end an address written in running text (Chinese punctuation included). */
    private static final String ENDS = ")<>]\"'，。、）";
    /** Characters before an address that mean it is part of markup, not text. */
    private static final String MARKUP_BEFORE = "([<\"'=";

    private BareUrls() {
    }

    /** Adds the bare addresses of {@code text} outside the given links to {@code anchors}. */
    static void find(CharSequence text, List<InlineText.Anchor> anchors) {
        List<InlineText.Anchor> links = new ArrayList<>(anchors);
        links.sort(Comparator.comparingInt(InlineText.Anchor::start));
        String s = text.toString();
        int next = 0;
        int link = 0;
        int at;
        while ((at = s.indexOf("http", next)) >= 0) {
            int end = endOf(s, at);
            next = Math.max(end, at + 4);
            if (end < 0) {
                continue;
            }
            while (link < links.size() && links.get(link).end() <= at) {
                link++;
            }
            boolean insideLink = link < links.size() && links.get(link).start() <= at;
            char before = at == 0 ? ' ' : s.charAt(at - 1);
            if (insideLink || MARKUP_BEFORE.indexOf(before) >= 0 || Character.isLetterOrDigit(before) || before == '_') {
                continue;
            }
            anchors.add(new InlineText.Anchor(at, end, new Link(null, s.substring(at, end))));
        }
    }

    /** Where the address starting at {@code at} ends, or -1 when no address starts there. */
    private static int endOf(String s, int at) {
        int rest;
        if (s.startsWith("https://", at)) {
            rest = at + 8;
        } else if (s.startsWith("http://", at)) {
            rest = at + 7;
        } else {
            return -1;
        }
        int end = rest;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && ENDS.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return end > rest ? end : -1;
    }
}
