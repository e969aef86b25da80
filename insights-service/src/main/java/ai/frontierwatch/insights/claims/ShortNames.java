package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.matching.ArticleText;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.NameHit;
import ai.frontierwatch.insights.matching.NameRef;
import ai.frontierwatch.text.FoldedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a document uses for a model it names in full: after "MiniMax M2.5" the same document writes
 * "M2.5", after "Kimi K3" it writes "K3". Only a brand followed by one letter-and-version word gives a short name,
 * and only when one model of the document has it ("V4" stays unread in a document naming "DeepSeek V4" and
 * "Hunyuan V4").
 */
public final class ShortNames {

    /** The model a short name stands for: its full name as written and its catalogue id (null when unknown). */
    record Full(String surface, String id) {
    }

    private static final String SHORT = "[A-Za-z]{1,2}\\d+(?:\\.\\d+)?[a-z]?";
    private static final Pattern BRAND_AND_SHORT = Pattern.compile("\\p{IsLatin}{2,}[\\s-]+(" + SHORT + ")");
    /** A short name written on its own: "M2.5 ——", "K3 scoring 57", "M2.5 成績". */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}._/\\-])(" + SHORT + ")(?![\\p{IsLatin}\\p{N}_]|\\.\\d|-\\p{IsLatin})");
    /** "Q4", "I1": a quantisation, never a model's short name. */
    private static final Pattern QUANT = Pattern.compile("(?i)q\\d+|i\\d");
    static final ShortNames NONE = new ShortNames(Map.of());

    private final Map<String, Full> byShort;

    private ShortNames(Map<String, Full> byShort) {
        this.byShort = byShort;
    }

    static ShortNames of(ArticleText text) {
        return of(text.title(), text.body(), text.titleNames(), text.bodyNames());
    }

    private static ShortNames of(String title, String body, List<NameHit> titleNames, List<NameHit> bodyNames) {
        Map<String, Full> found = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (String part : new String[] {title, body}) {
            if (part != null) {
                ModelNames.find(part).forEach(s -> add(found, ambiguous, part.substring(s.start(), s.end()), null));
            }
        }
        for (List<NameHit> hits : List.of(titleNames, bodyNames)) {
            for (NameHit h : hits) {
                Catalogue.idOf(h, EntityKind.MODEL).ifPresent(id -> add(found, ambiguous, h.surface(), id));
            }
        }
        ambiguous.keySet().forEach(found::remove);
        return found.isEmpty() ? NONE : new ShortNames(found);
    }

    private static void add(Map<String, Full> found, Map<String, Boolean> ambiguous, String surface, String id) {
        Matcher m = BRAND_AND_SHORT.matcher(surface.strip());
        if (!m.matches()) {
            return;
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        if (QUANT.matcher(key).matches()) {
            return;
        }
        Full full = new Full(surface.strip(), id);
        Full known = found.get(key);
        if (known == null) {
            found.put(key, full);
        } else if (!FoldedText.key(known.surface()).equals(FoldedText.key(full.surface()))) {
            ambiguous.put(key, true);
        } else if (known.id() == null && id != null) {
            found.put(key, full);
        }
    }

    /** A sibling short name as written: letters and a version, nothing else ("K2.5", not "K8s" or "A100x"). */
    private static final Pattern SIBLING = Pattern.compile("([A-Z]{1,2})\\d{1,2}(?:\\.\\d{1,2})?");

    /**
     * The body's names with a short name of no known model read as its sibling's brand: after "Kimi K3" the same
     * document's "K2.5" is "Kimi K2.5", not a new model called "K2.5". Only when one brand writes short names with
     * those letters in the document, and only for names the catalogue does not know as written.
     */
    public static List<NameHit> withSiblings(Catalogue catalogue, String title, String body, List<NameHit> titleNames,
            List<NameHit> bodyNames) {
        ShortNames names = of(title, body, titleNames, bodyNames);
        if (names.byShort.isEmpty()) {
            return bodyNames;
        }
        Map<String, String> brands = new HashMap<>();
        Map<String, Boolean> mixed = new HashMap<>();
        names.byShort.forEach((key, full) -> {
            Matcher m = BRAND_AND_SHORT.matcher(full.surface());
            if (m.matches()) {
                String letters = key.replaceAll("[^a-z].*$", "");
                String brand = full.surface().substring(0, m.start(1)).strip();
                String known = brands.putIfAbsent(letters, brand);
                if (known != null && !FoldedText.key(known).equals(FoldedText.key(brand))) {
                    mixed.put(letters, true);
                }
            }
        });
        mixed.keySet().forEach(brands::remove);
        List<NameHit> out = null;
        for (int i = 0; i < bodyNames.size(); i++) {
            NameHit hit = bodyNames.get(i);
            Matcher m = SIBLING.matcher(hit.surface());
            Optional<String> id = Catalogue.idOf(hit, EntityKind.MODEL);
            if (!m.matches() || hit.refs().size() != 1 || id.isEmpty() || Catalogue.provisionalKind(id.get()) == null
                    || names.byShort.containsKey(hit.surface().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String brand = brands.get(m.group(1).toLowerCase(Locale.ROOT));
            if (brand == null) {
                continue;
            }
            String full = brand + " " + hit.surface();
            Optional<String> sibling = catalogue.findNames(FoldedText.of(full)).stream()
                    .filter(h -> h.start() == 0 && h.end() == full.length())
                    .flatMap(h -> Catalogue.idOf(h, EntityKind.MODEL).stream()).findFirst();
            if (sibling.isPresent() && !sibling.get().equals(id.get())) {
                if (out == null) {
                    out = new ArrayList<>(bodyNames);
                }
                out.set(i, new NameHit(java.util.Set.of(new NameRef(EntityKind.MODEL, sibling.get())), hit.start(),
                        hit.end(), hit.surface()));
            }
        }
        return out == null ? bodyNames : out;
    }

    /**
     * The short names written on their own in an article's body, as name hits on the model their full name
     * names (only where that model is known: a catalogue, discovered or family id).
     */
    public static List<NameHit> bodyHits(ArticleText text) {
        ShortNames names = of(text);
        return names.uses(text.body()).stream().filter(u -> u.full().id() != null)
                .map(u -> new NameHit(java.util.Set.of(new NameRef(EntityKind.MODEL, u.full().id())), u.start(), u.end(),
                        text.body().substring(u.start(), u.end())))
                .toList();
    }

    /** The model a short name written at [start, end) of a text stands for. */
    record Use(int start, int end, Full full) {
    }

    /** Every short name written on its own in {@code text}. */
    List<Use> uses(String text) {
        List<Use> out = new ArrayList<>();
        if (byShort.isEmpty() || text == null) {
            return out;
        }
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            Full full = byShort.get(m.group(1).toLowerCase(Locale.ROOT));
            if (full != null && Character.isUpperCase(m.group(1).charAt(0)) && !afterBrand(text, m.start(1), full)) {
                out.add(new Use(m.start(1), m.end(1), full));
            }
        }
        return out;
    }

    /** True when the full name's brand is written right before: "MiniMax M2.5" is the full name, not a short one. */
    private static boolean afterBrand(String text, int start, Full full) {
        Matcher brand = BRAND_AND_SHORT.matcher(full.surface());
        if (!brand.matches()) {
            return false;
        }
        String word = full.surface().substring(0, brand.start(1)).strip().replaceAll("-$", "");
        int end = start;
        if (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-')) {
            end--;
        }
        return end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length());
    }

    /** A table label written with a short name ("M2.5 成績") with the full name in its place. */
    String expand(String label) {
        if (byShort.isEmpty() || label == null) {
            return label;
        }
        List<Use> uses = uses(label);
        if (uses.size() != 1) {
            return label;
        }
        Use u = uses.get(0);
        return label.substring(0, u.start()) + u.full().surface() + label.substring(u.end());
    }

    /** The tables with their labels' short names written in full. */
    List<ArticleState.Table> expand(List<ArticleState.Table> tables) {
        if (byShort.isEmpty()) {
            return tables;
        }
        return tables.stream().map(t -> new ArticleState.Table(t.caption(), t.header() == null ? null
                : t.header().stream().map(this::expand).toList(), t.rows() == null ? null
                : t.rows().stream().map(r -> r == null || r.isEmpty() ? r : withFirst(r)).toList(), t.bold(), t.notes()))
                .toList();
    }

    private List<String> withFirst(List<String> row) {
        List<String> out = new ArrayList<>(row);
        out.set(0, expand(row.get(0)));
        return out;
    }
}
