package ai.frontierwatch.models.service;

import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.NameEntry;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.domain.NameMatcher;
import ai.frontierwatch.models.domain.NameMatcher.Candidate;
import ai.frontierwatch.models.repository.EntityLabel;
import ai.frontierwatch.models.repository.NameIndexRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves surface forms to catalogue entities with one index query per batch, whatever its size, and one more for
 * the model names their folded keys do not find.
 */
@ApplicationScoped
public class ResolutionService {

    /** A candidate with the slug and name a caller needs to show it. */
    public record ResolvedMatch(EntityKind kind, String id, String slug, String name, String matchedAlias,
            String reason) {
    }

    public record Resolution(String name, NameMatcher.Status status, List<ResolvedMatch> matches) {
    }

    private final NameIndexRepository index;

    public ResolutionService(NameIndexRepository index) {
        this.index = index;
    }

    public Resolution resolve(String name, EntityKind kind) {
        return resolveAll(List.of(name), kind).get(0);
    }

    /** Resolutions in the order of the names. */
    public List<Resolution> resolveAll(List<String> names, EntityKind kind) {
        List<NameMatcher.Match> matches = match(names, kind);
        Map<EntityKind, Set<UUID>> wanted = new HashMap<>();
        matches.forEach(m -> m.candidates().forEach(
                c -> wanted.computeIfAbsent(c.kind(), k -> new LinkedHashSet<>()).add(c.id())));
        Map<UUID, EntityLabel> labels = index.labels(wanted);
        List<Resolution> out = new ArrayList<>(matches.size());
        for (NameMatcher.Match m : matches) {
            List<ResolvedMatch> resolved = new ArrayList<>();
            for (Candidate c : m.candidates()) {
                EntityLabel e = labels.get(c.id());
                if (e != null) {
                    resolved.add(new ResolvedMatch(c.kind(), c.id().toString(), e.slug(), e.name(), c.matchedAlias(),
                            c.reason()));
                }
            }
            out.add(new Resolution(m.name(), m.status(), resolved));
        }
        return out;
    }

    /**
     * Index matches only (ids, no entity loading). A name of a model that its folded key does not find is looked up by
     * its identity keys ({@link NameKeys#modelKeys}), still in one query per batch.
     */
    public List<NameMatcher.Match> match(List<String> names, EntityKind kind) {
        List<NameMatcher.Match> matches = matchFolded(names, kind);
        if (kind != null && kind != EntityKind.MODEL) {
            return matches;
        }
        Map<Integer, List<String>> modelKeys = new LinkedHashMap<>();
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (matches.get(i).status() == NameMatcher.Status.UNKNOWN) {
                List<String> keys = NameKeys.modelKeys(names.get(i));
                if (!keys.isEmpty()) {
                    modelKeys.put(i, keys);
                    keys.forEach(k -> words.add(NameKeys.modelKeyWords(k)));
                }
            }
        }
        if (modelKeys.isEmpty()) {
            return matches;
        }
        Map<String, List<NameEntry>> byWords = new HashMap<>();
        index.findByModelKeyWords(words).forEach(e -> byWords
                .computeIfAbsent(NameKeys.modelKeyWords(e.modelKey()), k -> new ArrayList<>()).add(e));
        List<NameMatcher.Match> out = new ArrayList<>(matches);
        modelKeys.forEach((i, keys) -> {
            for (String key : keys) {
                NameMatcher.Match m = NameMatcher.matchModelKey(names.get(i), key,
                        byWords.getOrDefault(NameKeys.modelKeyWords(key), List.of()));
                if (m.status() != NameMatcher.Status.UNKNOWN) {
                    out.set(i, m);
                    return;
                }
            }
        });
        return out;
    }

    /** Matches by folded key only ({@link NameKeys#key}): what imports map names to ids with. */
    public List<NameMatcher.Match> matchFolded(List<String> names, EntityKind kind) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(NameKeys.key(n)));
        keys.remove("");
        List<NameEntry> entries = index.findByKeys(keys, kind);
        Map<String, List<NameEntry>> byKey = new HashMap<>();
        entries.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
        return names.stream()
                .map(n -> NameMatcher.match(n, byKey.getOrDefault(NameKeys.key(n), List.of())))
                .toList();
    }

    /** The one entity a name designates, or null when it is unknown or ambiguous. */
    public UUID uniqueId(String name, EntityKind kind) {
        NameMatcher.Match m = match(List.of(name), kind).get(0);
        return m.status() == NameMatcher.Status.RESOLVED ? m.candidates().get(0).id() : null;
    }
}
