package ai.frontierwatch.insights.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A model name articles use that the catalogue does not know (kind MODEL), or a family they name whose members the
 * catalogue knows (kind FAMILY), with what editors need to confirm, merge or dismiss it.
 *
 * @param name     the spelling used most often
 * @param surfaces every spelling seen, most used first
 * @param evidence a few places it was seen
 */
public record DiscoveredModel(String id, Kind kind, String name, List<String> surfaces, int articleCount,
        int mentionCount, OffsetDateTime firstSeen, OffsetDateTime lastSeen, List<Evidence> evidence) {

    public enum Kind {
        MODEL, FAMILY
    }

    /** One place a discovered name was seen. */
    public record Evidence(String articleId, String field, int start, int end, String surface) {
    }
}
