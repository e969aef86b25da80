package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.client.CatalogDtos.SourceDto;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What insights-service answers, as the gateway reads it (unknown fields are ignored). */
public final class InsightDtos {

    private InsightDtos() {
    }

    public record PositionDto(String field, int start, int end, String surface) {
    }

    public record MentionDto(String kind, String entityId, int count, List<PositionDto> positions) {
    }

    public record ArticleMentionsDto(String articleId, List<MentionDto> mentions) {
    }

    public record ArticleRefDto(String entityId, String articleId, String title, int mentions) {
    }

    public record EntityArticlesDto(String entityId, List<ArticleRefDto> articles) {
    }

    public record TableCellDto(int table, int row, int column) {
    }

    public record RecordedDto(String resultId, double value, String conditions) {
    }

    public record ReviewDto(String state, String note, String resultId, String decidedAt) {
    }

    public record ClaimDto(String id, String articleId, String modelId, String modelName, String benchmarkId,
            String benchmarkName, double value, String unit, String conditions, String quote, Integer quoteStart,
            Integer quoteEnd, TableCellDto table, String status, List<RecordedDto> recorded, ReviewDto review) {
    }

    public record ClaimPageDto(List<ClaimDto> items, long total, int limit, int offset) {
    }

    public record LeaderboardEntryDto(int rank, String modelId, double value, Double stderr, Double lowerBound,
            Double upperBound, Double gapToNext, List<String> tiedWith, String resultId, LocalDate measuredOn,
            boolean disputed, List<SourceDto> sources) {
    }

    public record LeaderboardDto(String benchmarkId, String conditions, LocalDate asOf, List<LeaderboardEntryDto> entries) {
    }

    public record SotaPointDto(LocalDate date, String modelId, double value, String resultId, String previousModelId,
            Double improvement) {
    }

    public record HistoryDto(String benchmarkId, String conditions, List<SotaPointDto> points) {
    }

    public record RankDto(String benchmarkId, String conditions, int rank, int entries, double value, List<String> tiedWith) {
    }

    public record ModelRanksDto(String modelId, List<RankDto> ranks) {
    }

    public record ComparisonRowDto(String benchmarkId, String conditions, boolean higherIsBetter,
            Map<String, Double> values, String winnerModelId, List<String> tiedModelIds, Double margin) {
    }

    public record TallyDto(String modelId, int wins, int losses, int ties) {
    }

    public record ComparisonDto(List<String> modelIds, List<ComparisonRowDto> benchmarks, List<TallyDto> tallies,
            List<String> notShared) {
    }

    public record TrendPointDto(LocalDate period, long articles, long mentions) {
    }

    public record TrendDto(String entityId, String interval, List<TrendPointDto> points) {
    }

    public record MomentumDto(String modelId, LocalDate windowStart, LocalDate asOf, long current, long previous,
            long change, Double growth) {
    }

    /** Where a discovered name was read: an article, its title or body, offsets [start, end) and the text there. */
    public record EvidenceDto(String articleId, String field, int start, int end, String surface) {
    }

    /**
     * A model name (kind MODEL) or family (kind FAMILY) that articles use and the catalogue does not know, with the
     * spellings seen, how often, and a few places it was read.
     */
    public record DiscoveredDto(String id, String kind, String name, List<String> surfaces, long articleCount,
            long mentionCount, Instant firstSeen, Instant lastSeen, List<EvidenceDto> evidence) {
    }
}
