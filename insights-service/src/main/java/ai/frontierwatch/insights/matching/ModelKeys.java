package ai.frontierwatch.insights.matching;

import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.text.FoldedText;
import ai.frontierwatch.text.ModelKey;
import ai.frontierwatch.text.ModelNameScanner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves model-like names ({@link ModelNameScanner}) by identity key ({@link ModelKey}): to the catalogue model
 * with that key (a dated snapshot to its snapshot when the catalogue has it, else to the model; "397B" to
 * "397B-A17B" when only one model fits); to a <em>family</em> when the name is a family and version that
 * catalogue models extend ("Gemini 3" beside "Gemini 3 Pro"); otherwise to a <em>discovered</em> model. Families
 * and discovered models are known by ids built from the key ({@link #FAMILY}, {@link #DISCOVERED}), so every
 * article naming one meets the others. A key two catalogue models share names neither: no guess.
 */
final class ModelKeys {

    static final String DISCOVERED = "discovered:";
    static final String FAMILY = "family:";
    private static final String AMBIGUOUS = "";
    /** A reasoning-effort setting written in a catalogue name. */
    private static final java.util.regex.Pattern EFFORT = java.util.regex.Pattern.compile(
            "(?i)(?<![a-z])(?:x?high|low|minimal)(?![a-z])");

    /**
     * A model a key names, and how strongly: 0 its own name, 1 an alias, +2 a dated snapshot's name read without
     * its date, +4 a name read without its precision or quantisation ("-bf16", "-fp8"). Two models under one key: the stronger wins ("GPT-4o" over the alias "GPT-4o" of a snapshot);
     * equally strong, neither.
     */
    private record Entry(String id, int rank) {
    }

    private final Map<ModelKey, Entry> exact = new HashMap<>();
    private final Map<ModelKey, Entry> undated = new HashMap<>();
    private final Map<ModelKey, Entry> loose = new HashMap<>();
    private final Map<String, Set<String>> familyMembers = new HashMap<>();
    /**
     * Model lines the catalogue holds only as variants: its {@code family} names ("GPT-4o") and the undated names
     * of dated snapshots ("o4-mini" for "o4-mini-2025-04-16"). Such a name written without a date is the line,
     * not one snapshot or variant of it.
     */
    private final Set<String> lines = new HashSet<>();
    private final Set<String> dismissed;

    ModelKeys(Collection<ModelState> models, Set<String> dismissed) {
        this.dismissed = dismissed;
        for (ModelState m : models) {
            line(m.family(), m.id());
            Set<ModelKey> own = new HashSet<>();
            for (String name : Catalogue.names(m.name(), m.aliases())) {
                ModelKey key = ModelKey.of(name);
                if (key.words().isEmpty() || !own.add(key)) {
                    continue;
                }
                if (EFFORT.matcher(name).find()) {
                    // "gpt-5.5-high": the model run at one effort; its key is the bare model's, which such an entry
                    // does not stand for (three of them would make "GPT-5.5" name nothing). Its own spelling still
                    // finds it through the name index.
                    families(key, m.id());
                    continue;
                }
                // "llama-3.1-405b-instruct-bf16" reaches the key of "Llama-3.1-405B-Instruct" only by dropping its
                // precision: the model named so exactly is the one a text writing the key means.
                int settings = ModelKey.withoutSettings(name).length() < name.strip().length() ? 4 : 0;
                int rank = (name.equals(m.name()) ? 0 : 1) + settings;
                int undatedRank = rank + (key.date().isEmpty() ? 0 : 2);
                put(exact, key, new Entry(m.id(), rank));
                put(undated, key.undated(), new Entry(m.id(), undatedRank));
                put(loose, key.undated().withoutActiveParameters(), new Entry(m.id(), undatedRank));
                families(key, m.id());
                if (!key.date().isEmpty()) {
                    line(name, m.id());
                }
            }
        }
        lines.removeIf(words -> exact.containsKey(new ModelKey(words, ""))); // a model of that very name: the model
    }

    private void line(String name, String modelId) {
        if (name == null || name.isBlank()) {
            return;
        }
        String words = ModelKey.of(name).undated().words();
        if (!words.isEmpty()) {
            lines.add(words);
            familyMembers.computeIfAbsent(words, k -> new java.util.LinkedHashSet<>()).add(modelId);
        }
    }

    private static void put(Map<ModelKey, Entry> map, ModelKey key, Entry entry) {
        map.merge(key, entry, (a, b) -> a.id().equals(b.id()) ? (a.rank() <= b.rank() ? a : b)
                : a.rank() != b.rank() ? (a.rank() < b.rank() ? a : b) : new Entry(AMBIGUOUS, Math.min(a.rank(), b.rank())));
    }

    private static String id(Map<ModelKey, Entry> map, ModelKey key) {
        Entry e = map.get(key);
        return e == null ? null : e.id();
    }

    /** Every family-and-version pair a model name extends: "gemini 3 pro" gives "3 gemini". */
    private void families(ModelKey key, String modelId) {
        for (String words : familyWords(key)) {
            familyMembers.computeIfAbsent(words, k -> new java.util.LinkedHashSet<>()).add(modelId);
        }
    }

    private static List<String> familyWords(ModelKey key) {
        String[] words = key.words().split(" ");
        List<String> pairs = new ArrayList<>();
        if (words.length < 3) {
            return pairs;
        }
        for (String a : words) {
            for (String b : words) {
                if (a.compareTo(b) < 0 && (ModelNameScanner.isBrand(a) != ModelNameScanner.isBrand(b))) {
                    pairs.add(a + " " + b);
                }
            }
        }
        return pairs;
    }

    private static String familyId(String words) {
        return FAMILY + words.replace(' ', '-');
    }

    /** The family ids a model of these names belongs to, read from the names alone (no catalogue needed). */
    static Set<String> familyIds(Collection<String> names) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (String name : names) {
            familyWords(ModelKey.of(name)).forEach(w -> ids.add(familyId(w)));
        }
        return ids;
    }

    /** The entity a model-like name names, or empty when it names none (ambiguous, or dismissed). */
    Optional<String> resolve(String surface) {
        ModelKey key = ModelKey.of(surface);
        if (key.words().isEmpty() || dismissed.contains(key.undated().slug())) {
            return Optional.empty();
        }
        String id = id(exact, key);
        if (id == null && !key.date().isEmpty()) {
            id = id(exact, key.undated());
        }
        if (id == null && key.date().isEmpty() && lines.contains(key.words())) {
            return Optional.of(provisionalId(key, true));
        }
        if (id == null) {
            id = id(undated, key.undated());
        }
        if (id == null) {
            id = id(loose, key.undated().withoutActiveParameters());
        }
        if (id != null) {
            return id.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(id);
        }
        return Optional.of(provisionalId(key, familyMembers.containsKey(key.words())));
    }

    private static String provisionalId(ModelKey key, boolean family) {
        return (family ? FAMILY : DISCOVERED) + key.undated().slug();
    }

    /** The catalogue models of a family id ("family:3-gemini": Gemini 3 Pro, Gemini 3 Flash…); empty for others. */
    Set<String> members(String familyId) {
        if (!familyId.startsWith(FAMILY)) {
            return Set.of();
        }
        String words = familyId.substring(FAMILY.length()).replace('-', ' ');
        return familyMembers.getOrDefault(words, Set.of());
    }

    private static long modelRefs(NameHit hit) {
        return hit.refs().stream().filter(r -> r.kind() == EntityKind.MODEL).count();
    }

    /** Both ids a name would have had before the catalogue knew it: its articles are re-linked by them. */
    static List<String> provisionalIds(String name) {
        ModelKey key = ModelKey.of(name);
        return key.words().isEmpty() ? List.of() : List.of(provisionalId(key, false), provisionalId(key, true));
    }

    /**
     * Catalogue hits whose spelling, read by identity key, names another model or none the catalogue has: the
     * name index ignores separators, so "Qwen 27B" spells "Qwen2-7B" without meaning it. Such a hit names no model.
     */
    private List<NameHit> checked(List<NameHit> hits) {
        List<NameHit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            NameHit hit = hits.get(i);
            Optional<String> model = Catalogue.idOf(hit, EntityKind.MODEL);
            if (model.isEmpty() || hit.surface().chars().noneMatch(Character::isDigit) || EFFORT.matcher(hit.surface()).find()) {
                continue;
            }
            Optional<String> byKey = resolve(hit.surface());
            if (byKey.isPresent() && !byKey.get().equals(model.get())) {
                if (out == null) {
                    out = new ArrayList<>(hits);
                }
                Set<NameRef> others = new HashSet<>(hit.refs());
                others.removeIf(r -> r.kind() == EntityKind.MODEL);
                out.set(i, others.isEmpty() ? null : new NameHit(Set.copyOf(others), hit.start(), hit.end(), hit.surface()));
            }
        }
        return out == null ? hits : out.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static boolean benchmarkAt(List<NameHit> benchmarkHits, ModelNameScanner.Span span) {
        for (NameHit b : benchmarkHits) {
            if (b.start() == span.start() || b.start() <= span.start() && b.end() >= span.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The catalogue's hits merged with the model-like names of {@code text}: a model-like name that a catalogue
     * hit spans wholly stays that hit; one that goes on beyond catalogue hits inside it ("Qwen3" in
     * "Qwen3-235B-A22B") replaces them, keeping only the vendors they name. A name no model of the catalogue
     * carries that begins where a benchmark's name begins ("ARC-AGI-3", "AIME25 model") is that benchmark or a
     * version of it, never a newly discovered model.
     */
    List<NameHit> merge(FoldedText text, List<NameHit> catalogueHits,
            java.util.function.Supplier<List<NameHit>> benchmarkNames) {
        List<int[]> urls = NameIndex.urlSpans(text.original());
        List<ModelNameScanner.Span> spans = ModelNameScanner.scan(text).stream()
                .filter(s -> !NameIndex.inside(urls, s.start())).toList();
        if (spans.isEmpty()) {
            return catalogueHits;
        }
        catalogueHits = checked(catalogueHits);
        List<NameHit> benchmarkHits = null; // read only when a name is about to become a discovered model
        List<NameHit> out = new ArrayList<>(catalogueHits.size() + spans.size());
        int h = 0;
        for (ModelNameScanner.Span span : spans) {
            List<NameHit> inside = new ArrayList<>();
            boolean coveredByCatalogue = false;
            while (h < catalogueHits.size() && catalogueHits.get(h).start() < span.end()) {
                NameHit hit = catalogueHits.get(h);
                if (hit.end() <= span.start()) {
                    out.add(hit);
                } else if (hit.start() == span.start() && hit.end() == span.end() && modelRefs(hit) > 1) {
                    inside.add(hit); // a name several catalogue models carry: the identity key may tell them apart
                } else if (hit.start() <= span.start() && hit.end() >= span.end()) {
                    coveredByCatalogue = true;
                    out.add(hit);
                } else if (hit.start() >= span.start() && hit.end() <= span.end()) {
                    inside.add(hit);
                } else {
                    coveredByCatalogue = true; // overlapping a longer catalogue name: the catalogue's reading wins
                    out.add(hit);
                }
                h++;
            }
            if (coveredByCatalogue) {
                out.addAll(inside);
                continue;
            }
            String surface = text.original().substring(span.start(), span.end());
            Optional<String> id = resolve(surface);
            for (NameHit hit : inside) {
                Set<NameRef> vendors = new HashSet<>();
                hit.refs().stream().filter(r -> r.kind() == EntityKind.VENDOR).forEach(vendors::add);
                if (!vendors.isEmpty()) {
                    out.add(new NameHit(Set.copyOf(vendors), hit.start(), hit.end(), hit.surface()));
                }
            }
            boolean provisional = id.isPresent() && Catalogue.provisionalKind(id.get()) != null;
            if (provisional && benchmarkHits == null) {
                benchmarkHits = benchmarkNames.get();
            }
            if (id.isPresent() && (!provisional || !benchmarkAt(benchmarkHits, span))) {
                out.add(new NameHit(Set.of(new NameRef(EntityKind.MODEL, id.get())), span.start(), span.end(), surface));
            }
        }
        while (h < catalogueHits.size()) {
            out.add(catalogueHits.get(h++));
        }
        out.sort(java.util.Comparator.comparingInt(NameHit::start));
        return out;
    }
}
