package ai.frontierwatch.insights.domain;

/** How a claim compares with what is on record for the same model, benchmark and conditions. */
public enum ClaimStatus {
    /** The record holds the same value, within the rounding of the written number. */
    CORROBORATES,
    /** The record holds a different value. */
    CONFLICTS,
    /** Nothing is on record. */
    NEW,
    /** The model or benchmark is not (yet) in the catalogue, so it cannot be checked. */
    UNRESOLVED
}
