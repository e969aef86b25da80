package ai.frontierwatch.insights.matching;

import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.text.FoldedText;
import ai.frontierwatch.text.ModelKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The catalogue as this service currently knows it, with the name indexes derived from it: one for models
 * and vendors (mentions), one for benchmarks (claims). Immutable; rebuilt when the catalogue changes.
 */
public final class Catalogue {

    private final Map<String, ModelState> models = new LinkedHashMap<>();
    private final Map<String, VendorState> vendors = new LinkedHashMap<>();
    private final Map<String, BenchmarkState> benchmarks = new LinkedHashMap<>();
    private final Map<String, String> modelIdsBySlug = new HashMap<>();
    private final Map<String, String> vendorIdsBySlug = new HashMap<>();
    private final Map<String, String> benchmarkIdsBySlug = new HashMap<>();
    private final NameIndex mentionIndex = new NameIndex();
    private final NameIndex benchmarkIndex = new NameIndex();
    private final ModelKeys modelKeys;
    private final Map<String, Set<String>> benchmarkTails = new HashMap<>();

    public Catalogue(Collection<ModelState> models, Collection<VendorState> vendors,
            Collection<BenchmarkState> benchmarks) {
        this(models, vendors, benchmarks, Set.of());
    }

    /**
     * @param dismissedNames keys ({@link ModelKey#slug()}) of names editors dismissed: not proposed as models again
     */
    public Catalogue(Collection<ModelState> models, Collection<VendorState> vendors,
            Collection<BenchmarkState> benchmarks, Set<String> dismissedNames) {
        models.forEach(m -> this.models.put(m.id(), m));
        vendors.forEach(v -> this.vendors.put(v.id(), v));
        benchmarks.forEach(b -> this.benchmarks.put(b.id(), b));
        models.stream().filter(m -> m.slug() != null).forEach(m -> modelIdsBySlug.putIfAbsent(m.slug(), m.id()));
        vendors.stream().filter(v -> v.slug() != null).forEach(v -> vendorIdsBySlug.putIfAbsent(v.slug(), v.id()));
        benchmarks.stream().filter(b -> b.slug() != null)
                .forEach(b -> benchmarkIdsBySlug.putIfAbsent(b.slug(), b.id()));
        models.forEach(m -> names(m.name(), m.aliases())
                .forEach(n -> mentionIndex.add(n, new NameRef(EntityKind.MODEL, m.id()))));
        vendors.forEach(v -> names(v.name(), v.aliases())
                .forEach(n -> mentionIndex.add(n, new NameRef(EntityKind.VENDOR, v.id()))));
        benchmarks.forEach(b -> names(b.name(), b.aliases())
                .forEach(n -> benchmarkIndex.add(n, new NameRef(EntityKind.BENCHMARK, b.id()))));
        this.modelKeys = new ModelKeys(models, dismissedNames);
        benchmarks.forEach(b -> names(b.name(), b.aliases()).forEach(n -> tails(n).forEach(
                t -> benchmarkTails.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(b.id()))));
    }

    /** Keys of a name's last two or more words, shorter than the name: "Intelligence Index" of the AA index. */
    private static List<String> tails(String name) {
        String[] words = name.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int from = 1; from + 2 <= words.length; from++) {
            out.add(FoldedText.key(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))));
        }
        return out;
    }

    /**
     * The one benchmark whose name ends with {@code name} (two words or more), as news shortens it: "Intelligence
     * Index" for "Artificial Analysis Intelligence Index"; empty when none or several do.
     */
    public Optional<String> benchmarkByTail(String name) {
        if (name == null || name.strip().split("\\s+").length < 2) {
            return Optional.empty();
        }
        Set<String> ids = benchmarkTails.getOrDefault(FoldedText.key(name), Set.of());
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    /**
     * Models and vendors named in {@code text}: catalogue names as written, and every model-like name resolved by
     * its identity key, to a catalogue model, a family or a discovered model (see {@link ModelKeys}).
     */
    public List<NameHit> findNames(FoldedText text) {
        return modelKeys.merge(text, mentionIndex.find(text), () -> benchmarkIndex.find(text));
    }

    /** The catalogue models a family id stands for; empty for any other id. */
    public Set<String> familyMembers(String familyId) {
        return familyId == null ? Set.of() : modelKeys.members(familyId);
    }

    /** The family ids ("family:3-gemini") a model of this name and aliases belongs to, from the names alone. */
    public static Set<String> familyIdsFor(String name, List<String> aliases) {
        return ModelKeys.familyIds(names(name, aliases));
    }

    /** The id prefix of discovered models or families. */
    public static String provisionalPrefix(ai.frontierwatch.insights.domain.DiscoveredModel.Kind kind) {
        return kind == ai.frontierwatch.insights.domain.DiscoveredModel.Kind.FAMILY ? ModelKeys.FAMILY : ModelKeys.DISCOVERED;
    }

    /** The kind of a discovered model or family id, or null for any other id. */
    public static ai.frontierwatch.insights.domain.DiscoveredModel.Kind provisionalKind(String id) {
        if (id == null) {
            return null;
        }
        return id.startsWith(ModelKeys.FAMILY) ? ai.frontierwatch.insights.domain.DiscoveredModel.Kind.FAMILY
                : id.startsWith(ModelKeys.DISCOVERED) ? ai.frontierwatch.insights.domain.DiscoveredModel.Kind.MODEL : null;
    }

    /** The name key of a discovered model or family id (what a dismissal records). */
    public static String provisionalKey(String id) {
        return id.substring(id.indexOf(':') + 1);
    }

    /** A name as written without the settings it was run under ("Qwen3.6-27B-GGUF" → "Qwen3.6-27B"). */
    public static String displayName(String surface) {
        return ModelKey.withoutSettings(surface);
    }

    /** The key a discovered name or family is known by, for a catalogue model's names (to re-link its articles). */
    public static List<String> discoveredIdsFor(String name, List<String> aliases) {
        return names(name, aliases).stream().flatMap(n -> ModelKeys.provisionalIds(n).stream()).distinct().toList();
    }

    /**
     * Ids of the live entities of {@code kind} named by id or slug, in request order without repeats; a key the
     * catalogue does not know is kept as given (answers for it are simply empty).
     */
    public List<String> resolve(EntityKind kind, Collection<String> idsOrSlugs) {
        Map<String, String> ids = switch (kind) {
            case MODEL -> modelIdsBySlug;
            case VENDOR -> vendorIdsBySlug;
            case BENCHMARK -> benchmarkIdsBySlug;
        };
        Map<String, ?> byId = switch (kind) {
            case MODEL -> models;
            case VENDOR -> vendors;
            case BENCHMARK -> benchmarks;
        };
        List<String> out = new ArrayList<>();
        for (String key : idsOrSlugs) {
            String id = byId.containsKey(key) ? key : ids.getOrDefault(key, key);
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    public static Catalogue empty() {
        return new Catalogue(List.of(), List.of(), List.of());
    }

    /** Every surface form of an entity: its name and aliases. */
    public static List<String> names(String name, List<String> aliases) {
        return Stream.concat(Stream.ofNullable(name), aliases == null ? Stream.empty() : aliases.stream())
                .filter(n -> n != null && !n.isBlank()).toList();
    }

    public NameIndex mentionIndex() {
        return mentionIndex;
    }

    public NameIndex benchmarkIndex() {
        return benchmarkIndex;
    }

    public Optional<ModelState> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    public Optional<VendorState> vendor(String id) {
        return Optional.ofNullable(vendors.get(id));
    }

    public Optional<BenchmarkState> benchmark(String id) {
        return Optional.ofNullable(benchmarks.get(id));
    }

    public Set<String> modelIds() {
        return models.keySet();
    }

    /** Benchmarks ranked lowest value first (error rates, latency); every other benchmark ranks highest first. */
    public List<String> lowerIsBetterBenchmarkIds() {
        return benchmarks.values().stream().filter(b -> !b.higherIsBetter()).map(BenchmarkState::id).toList();
    }

    /** The single benchmark named in {@code text}, if exactly one is (first unambiguous hit). */
    public Optional<NameHit> firstBenchmark(String text) {
        return benchmarkIndex.find(text).stream().filter(h -> idOf(h, EntityKind.BENCHMARK).isPresent()).findFirst();
    }

    /** The first model named in {@code text}, if any. */
    public Optional<NameHit> firstModel(String text) {
        return findNames(FoldedText.of(text)).stream().filter(h -> idOf(h, EntityKind.MODEL).isPresent()).findFirst();
    }

    /** The entity of {@code kind} a hit names, when it names exactly one. */
    public static Optional<String> idOf(NameHit hit, EntityKind kind) {
        List<String> ids = hit.refs().stream().filter(r -> r.kind() == kind).map(NameRef::id).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
