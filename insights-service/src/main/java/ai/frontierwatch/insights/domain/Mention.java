package ai.frontierwatch.insights.domain;

import java.util.List;

/** Every place an article names one vendor or model. */
public record Mention(EntityKind kind, String entityId, int count, List<Position> positions) {

    /** Where: {@code field} is "title" or "body"; [start, end) are offsets in that field. */
    public record Position(String field, int start, int end, String surface) {
    }
}
