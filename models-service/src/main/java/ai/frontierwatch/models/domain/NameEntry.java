package ai.frontierwatch.models.domain;

import java.util.UUID;

/**
 * One surface form of an entity in the name index, under its folded key and, for a model, its identity key
 * ({@link NameKeys#modelKey}; null for other entities and for names without one).
 */
public record NameEntry(EntityKind kind, UUID entityId, String key, String surface, Origin origin, String modelKey) {

    /** How a surface form belongs to its entity; earlier constants are stronger evidence. */
    public enum Origin {
        SLUG, NAME, ALIAS, FAMILY
    }

    /** An entry with the identity key its surface form has as a model name. */
    public NameEntry(EntityKind kind, UUID entityId, String key, String surface, Origin origin) {
        this(kind, entityId, key, surface, origin, kind == EntityKind.MODEL ? NameKeys.modelKey(surface) : null);
    }
}
