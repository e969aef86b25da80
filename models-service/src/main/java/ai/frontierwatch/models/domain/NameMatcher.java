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
 * only matches a family is ambiguous too. A model name is matched by its folded key first and, when that finds
 * nothing, by its identity key, under the same rules.
 */
public final class NameMatcher {

    public enum Status {
        RESOLVED, AMBIGUOUS, UNKNOWN
    }

    /** Which key of the name found a candidate. */
    public enum Via {
        /** the folded key ({@link NameKeys#key}) */
        FOLDED_KEY,
        /** the identity key ({@link NameKeys#modelKey}): the same model name written another way */
        IDENTITY_KEY,
        /** the identity key, which names of other models have too */
        SHARED_IDENTITY_KEY,
        /** the identity key without the name's snapshot date: the model of which the name is a snapshot */
        UNDATED,
        /** the identity key with a snapshot date the name does not have: a snapshot, never picked */
        DATED_SNAPSHOT
    }

    /** One entity a name may designate, with the surface form it matched and why. */
    public record Candidate(EntityKind kind, UUID id, String matchedAlias, Origin origin, Via via) {

        public Candidate(EntityKind kind, UUID id, String matchedAlias, Origin origin) {
            this(kind, id, matchedAlias, origin, Via.FOLDED_KEY);
        }

        public String reason() {
            if (via == Via.DATED_SNAPSHOT) {
                return "is the dated snapshot '" + matchedAlias + "'; a name without a date designates no snapshot";
            }
            String matched = switch (origin) {
                case SLUG -> "matches the slug '" + matchedAlias + "'";
                case NAME -> "matches the name '" + matchedAlias + "'";
                case ALIAS -> "matches the registered alias '" + matchedAlias + "'";
                case FAMILY -> "belongs to the family '" + matchedAlias + "'";
            };
            return matched + switch (via) {
                case FOLDED_KEY, DATED_SNAPSHOT -> "";
                case IDENTITY_KEY -> " written another way";
                case SHARED_IDENTITY_KEY -> " written another way, and so does a name of another model";
                case UNDATED -> " without the snapshot date, as no snapshot of that date is catalogued";
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
        return decide(name, entries.stream().filter(e -> !key.isEmpty() && e.key().equals(key)).toList(),
                Via.FOLDED_KEY);
    }

    /**
     * Decides what a model name designates by one of its identity keys ({@link NameKeys#modelKeys}) among index
     * entries whose identity keys have the same words. The same key first; then, for a dated name, the model
     * without a date ("GPT-4o 0806" → "GPT-4o"). A name without a date never picks a dated snapshot: the
     * snapshots are its candidates, and it stays ambiguous even when there is one.
     */
    public static Match matchModelKey(String name, String modelKey, Collection<NameEntry> entries) {
        Match same = decide(name, withModelKey(entries, modelKey), Via.IDENTITY_KEY);
        String words = NameKeys.modelKeyWords(modelKey);
        if (same.status() != Status.UNKNOWN) {
            return same;
        }
        if (!words.equals(modelKey)) {
            return decide(name, withModelKey(entries, words), Via.UNDATED);
        }
        Match snapshots = decide(name, entries.stream()
                .filter(e -> e.modelKey() != null && e.modelKey().startsWith(words + "@")).toList(), Via.DATED_SNAPSHOT);
        return snapshots.status() == Status.RESOLVED ? new Match(name, Status.AMBIGUOUS, snapshots.candidates())
                : snapshots;
    }

    private static List<NameEntry> withModelKey(Collection<NameEntry> entries, String modelKey) {
        return entries.stream().filter(e -> modelKey.equals(e.modelKey())).toList();
    }

    /**
     * The strongest entry of each entity among {@code matching}: a slug, name or alias beats a family; several
     * entities, or a family only, make the name ambiguous.
     */
    private static Match decide(String name, Collection<NameEntry> matching, Via via) {
        Map<String, Candidate> strongest = new LinkedHashMap<>();
        for (NameEntry e : matching) {
            String entity = e.kind() + ":" + e.entityId();
            Candidate current = strongest.get(entity);
            if (current == null || e.origin().ordinal() < current.origin().ordinal()) {
                strongest.put(entity, new Candidate(e.kind(), e.entityId(), e.surface(), e.origin(), via));
            }
        }
        boolean direct = strongest.values().stream().anyMatch(c -> c.origin() != Origin.FAMILY);
        List<Candidate> candidates = strongest.values().stream()
                .filter(c -> !direct || c.origin() != Origin.FAMILY)
                .sorted(Comparator.comparing(Candidate::kind).thenComparing(Candidate::origin)
                        .thenComparing(Candidate::matchedAlias).thenComparing(Candidate::id))
                .toList();
        if (direct && candidates.size() > 1 && (via == Via.IDENTITY_KEY || via == Via.UNDATED)) {
            candidates = candidates.stream().map(c -> new Candidate(c.kind(), c.id(), c.matchedAlias(), c.origin(),
                    Via.SHARED_IDENTITY_KEY)).toList();
        }
        // a family name designates no single model, even when the family has one member so far
        Status status = candidates.isEmpty() ? Status.UNKNOWN
                : candidates.size() == 1 && direct ? Status.RESOLVED : Status.AMBIGUOUS;
        return new Match(name, status, candidates);
    }
}
