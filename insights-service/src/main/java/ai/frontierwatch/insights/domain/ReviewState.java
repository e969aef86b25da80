package ai.frontierwatch.insights.domain;

/** Where a claim stands in the editors' review queue. */
public enum ReviewState {
    PENDING, ACCEPTED, REJECTED
}
