package ai.frontierwatch.models.repository;

/** How a resolved entity is shown: its slug and name. */
public record EntityLabel(String slug, String name) {
}
