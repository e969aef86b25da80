package ai.frontierwatch.insights.matching;

import ai.frontierwatch.text.FoldedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds catalogue names in text: every registered name and alias, folded (width, case, Chinese script)
 * and compared without separators, leftmost-longest. Precision rules: a Latin/digit name must not
 * continue into more letters, digits or a version ("GPT-5" is not found in "GPT-5.2" or "GPT-5-mini"),
 * and nothing inside a URL counts. A name glued to Chinese ("智谱GLM-4.6") is found.
 */
public final class NameIndex {

    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s)\\]}>）」』\"'<，。]+|\\]\\([^)\\s]+\\)");

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Set<NameRef> refs;
    }

    private final Node root = new Node();
    private int size;

    /** Registers {@code name} as a surface form of {@code ref}; names shorter than two characters are ignored. */
    public void add(String name, NameRef ref) {
        if (name == null) {
            return;
        }
        String key = FoldedText.key(name);
        if (key.length() < 2) {
            return;
        }
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
        }
        if (node.refs == null) {
            node.refs = new LinkedHashSet<>();
        }
        if (node.refs.add(ref)) {
            size++;
        }
    }

    public int size() {
        return size;
    }

    public List<NameHit> find(String text) {
        return find(FoldedText.of(text));
    }

    public List<NameHit> find(FoldedText text) {
        List<int[]> urls = urlSpans(text.original());
        String folded = text.folded();
        List<NameHit> hits = new ArrayList<>();
        int i = 0;
        int url = 0;
        while (i < text.compactLength()) {
            int start = text.offsetOf(i);
            while (url < urls.size() && urls.get(url)[1] <= start) {
                url++; // spans are in order: skip those that ended before this character
            }
            if (!startsCleanly(folded, start) || url < urls.size() && start >= urls.get(url)[0]) {
                i++;
                continue;
            }
            Node node = root;
            Set<NameRef> best = null;
            int bestEnd = -1;
            for (int j = i; j < text.compactLength(); j++) {
                node = node.next.get(text.compactAt(j));
                if (node == null) {
                    break;
                }
                if (node.refs != null && endsCleanly(folded, text.offsetOf(j) + 1)) {
                    best = node.refs;
                    bestEnd = j;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = text.offsetOf(bestEnd) + 1;
            hits.add(new NameHit(Set.copyOf(best), start, end, text.original().substring(start, end)));
            i = bestEnd + 1;
        }
        return hits;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean startsCleanly(String folded, int start) {
        char first = folded.charAt(start);
        if (!isAsciiAlnum(first) || start == 0) {
            return true;
        }
        char before = folded.charAt(start - 1);
        if (isAsciiAlnum(before)) {
            return false;
        }
        // "5.2" must not yield "2"; "v3.2" must not yield a name starting at "3".
        return !(Character.isDigit(first) && before == '.');
    }

    private static boolean endsCleanly(String folded, int end) {
        char last = folded.charAt(end - 1);
        if (!isAsciiAlnum(last) || end >= folded.length()) {
            return true;
        }
        char after = folded.charAt(end);
        if (isAsciiAlnum(after)) {
            return false;
        }
        // A version or compound continues the name: "GPT-5" + ".2", "GPT-5" + "-mini".
        boolean continues = (after == '.' || after == '-') && end + 1 < folded.length()
                && isAsciiAlnum(folded.charAt(end + 1));
        return !continues;
    }

    /** [start, end) of every URL and Markdown link target in {@code text}. */
    public static List<int[]> urlSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    public static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }
}
