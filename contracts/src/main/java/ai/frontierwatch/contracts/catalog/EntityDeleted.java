package ai.frontierwatch.contracts.catalog;

/** Payload of a catalogue deletion: which entity is gone. */
public record EntityDeleted(String id, String slug) {
}
