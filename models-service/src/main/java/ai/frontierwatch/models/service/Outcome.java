package ai.frontierwatch.models.service;

/** What a write did; UNCHANGED writes publish nothing. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED
}
