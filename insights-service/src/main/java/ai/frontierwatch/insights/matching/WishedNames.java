package ai.frontierwatch.insights.matching;

import ai.frontierwatch.insights.domain.DiscoveredModel;
import ai.frontierwatch.insights.domain.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of no catalogue model that the text only wishes for ("commenters asking about variants such as GLM-5.2
 * Air", "demand for a larger Gemma 4 124B MoE"): no model is known to exist under them, so they are not discovered
 * from that place. A guess at what an existing model is ("possibly GLM-5.3 Vision") still names one; a catalogue
 * model named after a wish is still a mention: it exists.
 */
final class WishedNames {

    private static final Pattern WISH = Pattern.compile("(?i)\\b(?:asking (?:about|for)|ask(?:s|ed)? for|demand for"
            + "|hop(?:e|es|ing) for|wish(?:es|ing)? for|waiting (?:on|for)|calls? for|requests? for|no word on)\\b"
            + "|期待|盼望");
    /** How far before a name its wish is looked for, within the sentence. */
    private static final int WINDOW = 64;

    private WishedNames() {
    }

    /** {@code hits} without the discovered names written where a wish stands before them. */
    static List<NameHit> without(String text, List<NameHit> hits) {
        List<NameHit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            NameHit hit = hits.get(i);
            if (discoveredOnly(hit) && wishedAt(text, hit.start())) {
                if (out == null) {
                    out = new ArrayList<>(hits.subList(0, i));
                }
                continue;
            }
            if (out != null) {
                out.add(hit);
            }
        }
        return out == null ? hits : out;
    }

    private static boolean discoveredOnly(NameHit hit) {
        return !hit.refs().isEmpty() && hit.refs().stream().allMatch(r -> r.kind() == EntityKind.MODEL
                && Catalogue.provisionalKind(r.id()) == DiscoveredModel.Kind.MODEL);
    }

    private static boolean wishedAt(String text, int start) {
        int from = start;
        while (from > 0 && start - from < WINDOW) {
            char c = text.charAt(from - 1);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || (c == '.' || c == '!' || c == '?')
                    && from < text.length() && Character.isWhitespace(text.charAt(from))) {
                break;
            }
            from--;
        }
        return WISH.matcher(text).region(from, start).find();
    }
}
