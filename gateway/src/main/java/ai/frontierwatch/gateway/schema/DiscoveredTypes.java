package ai.frontierwatch.gateway.schema;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The editors' queue: model names and families articles use that the catalogue does not know. */
public final class DiscoveredTypes {

    private DiscoveredTypes() {
    }

    @Type("DiscoveredEvidence")
    @Description("A place a discovered name was read: offsets [start, end) in an article's title or body.")
    public record DiscoveredEvidence(@NonNull @Description("\"title\" or \"body\"") String field,
            @NonNull @Description("Offset of the first character (0-based)") Integer start,
            @NonNull @Description("Offset just after the last character") Integer end,
            @NonNull @Description("The text found there") String surface, @Ignore String articleId) {
    }

    @Type("DiscoveredModel")
    @Description("A model name or family that articles use and the catalogue does not know, waiting for an editor.")
    public record DiscoveredModel(
            @Id @NonNull @Description("`discovered:…` or `family:…`; the id its mentions and claims refer to") String id,
            @NonNull @Description("DISCOVERED or FAMILY") ModelStatus status,
            @NonNull @Description("The name as it would be catalogued") String name,
            @NonNull @Description("Every spelling seen in articles") List<@NonNull String> surfaces,
            @NonNull @Description("Articles that use it") Integer articleCount,
            @NonNull @Description("Occurrences in all") Integer mentionCount,
            @Description("Publication time of the first article using it") Instant firstSeen,
            @Description("Publication time of the latest article using it") Instant lastSeen,
            @NonNull @Description("A few places it was read (at most 3)") List<@NonNull DiscoveredEvidence> evidence)
            implements Node {

        @Override
        @Id
        @NonNull
        @Description(Node.GLOBAL_ID)
        public String getGlobalId() {
            return GlobalId.of(GlobalId.NodeType.DiscoveredModel, id);
        }
    }

    @Type("DiscoveredModelEdge")
    @Description("One discovered name of a page, with its position in the queue.")
    public record DiscoveredModelEdge(@NonNull @Description("The discovered model or family") DiscoveredModel node,
            @NonNull @Description("Opaque position of this item; pass it as `after` to continue after it") String cursor) {
    }

    @Type("DiscoveredModelConnection")
    @Description("A page of the discovered-names queue, most-read first.")
    public record DiscoveredModelConnection(
            @NonNull @Description("The names of this page, most-read first; at most `first`") List<@NonNull DiscoveredModelEdge> edges,
            @NonNull @Description("Whether more follow, and the cursor to continue from") Connections.PageInfo pageInfo) {
    }
}
