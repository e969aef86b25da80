package ai.frontierwatch.gateway.schema;

import ai.frontierwatch.gateway.client.InsightDtos.ClaimDto;
import ai.frontierwatch.gateway.client.InsightDtos.DiscoveredDto;
import ai.frontierwatch.gateway.client.InsightDtos.LeaderboardDto;
import ai.frontierwatch.gateway.client.InsightDtos.LeaderboardEntryDto;
import ai.frontierwatch.gateway.client.InsightDtos.MentionDto;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.DiscoveredTypes.DiscoveredEvidence;
import ai.frontierwatch.gateway.schema.DiscoveredTypes.DiscoveredModel;
import ai.frontierwatch.gateway.schema.InsightTypes.Claim;
import ai.frontierwatch.gateway.schema.InsightTypes.ClaimReview;
import ai.frontierwatch.gateway.schema.InsightTypes.ClaimStatus;
import ai.frontierwatch.gateway.schema.InsightTypes.Leaderboard;
import ai.frontierwatch.gateway.schema.InsightTypes.LeaderboardEntry;
import ai.frontierwatch.gateway.schema.InsightTypes.Mention;
import ai.frontierwatch.gateway.schema.InsightTypes.MentionKind;
import ai.frontierwatch.gateway.schema.InsightTypes.MentionPosition;
import ai.frontierwatch.gateway.schema.InsightTypes.RecordedValue;
import ai.frontierwatch.gateway.schema.InsightTypes.ReviewState;
import ai.frontierwatch.gateway.schema.InsightTypes.TableCell;
import java.util.Arrays;
import java.util.List;

/** From insights-service's answers to schema types. */
public final class InsightMapping {

    private InsightMapping() {
    }

    /** A canonical conditions key ("no-tools;pass@1", "" for none) as a list. */
    public static List<String> conditions(String key) {
        return key == null || key.isBlank() ? List.of() : Arrays.asList(key.split(";"));
    }

    public static Mention mention(MentionDto m) {
        List<MentionPosition> positions = m.positions() == null ? List.of() : m.positions().stream()
                .map(p -> new MentionPosition(p.field(), p.start(), p.end(), p.surface())).toList();
        return new Mention(Enums.of(MentionKind.class, m.kind(), MentionKind.MODEL), m.count(), positions, m.entityId());
    }

    public static Claim claim(ClaimDto c) {
        TableCell cell = c.table() == null ? null : new TableCell(c.table().table(), c.table().row(), c.table().column());
        List<RecordedValue> recorded = c.recorded() == null ? List.of() : c.recorded().stream()
                .map(r -> new RecordedValue(r.resultId(), r.value(), conditions(r.conditions()))).toList();
        ClaimReview review = c.review() == null ? new ClaimReview(ReviewState.PENDING, null, null)
                : new ClaimReview(Enums.of(ReviewState.class, c.review().state(), ReviewState.PENDING),
                        c.review().note(), c.review().resultId());
        return new Claim(c.id(), c.modelName(), c.benchmarkName(), c.value(), c.unit(), conditions(c.conditions()),
                c.quote(), c.quoteStart(), c.quoteEnd(), cell, Enums.of(ClaimStatus.class, c.status(), ClaimStatus.NEW),
                recorded, review, c.modelId(), c.benchmarkId());
    }

    public static Leaderboard leaderboard(LeaderboardDto l) {
        List<LeaderboardEntry> entries = l.entries() == null ? List.of()
                : l.entries().stream().map(InsightMapping::entry).toList();
        return new Leaderboard(conditions(l.conditions()), l.asOf(), entries);
    }

    private static LeaderboardEntry entry(LeaderboardEntryDto e) {
        return new LeaderboardEntry(e.rank(), e.value(), e.stderr(), e.lowerBound(), e.upperBound(), e.gapToNext(),
                e.tiedWith() != null && !e.tiedWith().isEmpty(), e.measuredOn(), e.disputed(),
                e.sources() == null ? List.of() : e.sources().stream().map(CatalogMapping::source).toList(), e.modelId());
    }

    /**
     * A discovered model or family as a {@link Model}: its id doubles as slug, its spellings are its aliases; it has
     * no vendor nor any catalogue fact.
     */
    public static Model model(DiscoveredDto d) {
        return new Model(d.id(), d.id(), d.name(), surfaces(d), null, null, null, null, null, null, null,
                status(d), null);
    }

    public static DiscoveredModel discovered(DiscoveredDto d) {
        List<DiscoveredEvidence> evidence = d.evidence() == null ? List.of() : d.evidence().stream()
                .map(e -> new DiscoveredEvidence(e.field(), e.start(), e.end(), e.surface(), e.articleId())).toList();
        return new DiscoveredModel(d.id(), status(d), d.name(), surfaces(d), (int) d.articleCount(),
                (int) d.mentionCount(), d.firstSeen(), d.lastSeen(), evidence);
    }

    /** FAMILY when insights-service says the kind is FAMILY (or the id does), else DISCOVERED. */
    private static ModelStatus status(DiscoveredDto d) {
        return "FAMILY".equalsIgnoreCase(d.kind()) || ModelStatus.ofId(d.id()) == ModelStatus.FAMILY
                ? ModelStatus.FAMILY : ModelStatus.DISCOVERED;
    }

    private static List<String> surfaces(DiscoveredDto d) {
        return d.surfaces() == null ? List.of() : d.surfaces();
    }
}
