package ai.frontierwatch.models.domain;

import ai.frontierwatch.models.domain.NameEntry.Origin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rules of identity resolution, free of storage: which index entries an entity is found under, and
 * which entities a name designates. A slug, name or alias match beats a family match; several entities at
 * the same level make the name ambiguous, and all of them are returned rather than one guessed; a name that
 * only matches a family is ambiguous too.
 */
public final class NameMatcher {

    public enum Status {
        RESOLVED, AMBIGUOUS, UNKNOWN
    }

    /** One entity a name may designate, with the surface form it matched and why. */
    public record Candidate(EntityKind kind, UUID id, String matchedAlias, Origin origin) {

        public String reason() {
            return switch (origin) {
                case SLUG -> "matches the slug";
                case NAME -> "matches the name";
                case ALIAS -> "matches the registered alias '" + matchedAlias + "'";
                case FAMILY -> "belongs to the family '" + matchedAlias + "'";
            };
        }
    }

    public record Match(String name, Status status, List<Candidate> candidates) {
    }

    private NameMatcher() {
    }

    /** The index entries of an entity: its slug, name, aliases and (for models) family. */
    public static List<NameEntry> entriesFor(EntityKind kind, UUID id, String slug, String name, Collection<String> aliases,
            String family) {
        List<NameEntry> entries = new ArrayList<>();
        entries.add(new NameEntry(kind, id, NameKeys.key(slug), slug, Origin.SLUG));
        entries.add(new NameEntry(kind, id, NameKeys.key(name), name, Origin.NAME));
        if (aliases != null) {
            for (String alias : aliases) {
                entries.add(new NameEntry(kind, id, NameKeys.key(alias), alias, Origin.ALIAS));
            }
        }
        if (family != null && !family.isBlank()) {
            entries.add(new NameEntry(kind, id, NameKeys.key(family), family, Origin.FAMILY));
        }
        return entries;
    }

    /** Decides what a name designates among index entries (only those with the name's key count). */
    public static Match match(String name, Collection<NameEntry> entries) {
        String key = NameKeys.key(name);
        Map<String, Candidate> strongest = new LinkedHashMap<>();
        for (NameEntry e : entries) {
            if (key.isEmpty() || !e.key().equals(key)) {
                continue;
            }
            String entity = e.kind() + ":" + e.entityId();
            Candidate current = strongest.get(entity);
            if (current == null || e.origin().ordinal() < current.origin().ordinal()) {
                strongest.put(entity, new Candidate(e.kind(), e.entityId(), e.surface(), e.origin()));
            }
        }
        boolean direct = strongest.values().stream().anyMatch(c -> c.origin() != Origin.FAMILY);
        List<Candidate> candidates = strongest.values().stream()
                .filter(c -> !direct || c.origin() != Origin.FAMILY)
                .sorted(Comparator.comparing(Candidate::kind).thenComparing(Candidate::origin)
                        .thenComparing(Candidate::matchedAlias).thenComparing(Candidate::id))
                .toList();
        // a family name designates no single model, even when the family has one member so far
        Status status = candidates.isEmpty() ? Status.UNKNOWN
                : candidates.size() == 1 && direct ? Status.RESOLVED : Status.AMBIGUOUS;
        return new Match(name, status, candidates);
    }
}
