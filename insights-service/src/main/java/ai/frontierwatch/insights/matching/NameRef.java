package ai.frontierwatch.insights.matching;

import ai.frontierwatch.insights.domain.EntityKind;

/** A catalogue entity a surface form can name. */
public record NameRef(EntityKind kind, String id) {
}
