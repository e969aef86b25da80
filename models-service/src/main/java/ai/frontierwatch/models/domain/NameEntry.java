package ai.frontierwatch.models.domain;

import java.util.UUID;

/** One surface form of an entity in the name index, under its folded key. */
public record NameEntry(EntityKind kind, UUID entityId, String key, String surface, Origin origin) {

    /** How a surface form belongs to its entity; earlier constants are stronger evidence. */
    public enum Origin {
        SLUG, NAME, ALIAS, FAMILY
    }
}
