package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.client.InsightDtos.ArticleMentionsDto;
import ai.frontierwatch.gateway.client.InsightDtos.ClaimDto;
import ai.frontierwatch.gateway.client.InsightDtos.ClaimPageDto;
import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.client.InsightDtos.ComparisonDto;
import ai.frontierwatch.gateway.client.InsightDtos.DiscoveredDto;
import ai.frontierwatch.gateway.client.InsightDtos.EntityArticlesDto;
import ai.frontierwatch.gateway.client.InsightDtos.HistoryDto;
import ai.frontierwatch.gateway.client.InsightDtos.LeaderboardDto;
import ai.frontierwatch.gateway.client.InsightDtos.ModelRanksDto;
import ai.frontierwatch.gateway.client.InsightDtos.MomentumDto;
import ai.frontierwatch.gateway.client.InsightDtos.TrendDto;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The gateway's view of insights-service; same guards as {@link ModelsClient}, writes are not retried. */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class InsightsClient {

    public static final String SERVICE = "insights-service";
    static final int CLAIMS_PAGE = 500;
    /** The largest page of the discovered-names queue asked for: a shorter page than asked is still a valid one. */
    static final int QUEUE_PAGE = 100;

    private final InsightsApi api;
    private final ChunkFanOut fanOut;

    public InsightsClient(@RestClient InsightsApi api, ChunkFanOut fanOut) {
        this.api = api;
        this.fanOut = fanOut;
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<ArticleMentionsDto> mentionsOfArticles(Collection<String> articleIds) {
        return fanOut.each(articleIds, chunk -> Json.items(api.mentionsOfArticles(chunk), ArticleMentionsDto.class));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<EntityArticlesDto> latestArticles(Collection<String> modelIds, int perModel) {
        return fanOut.each(modelIds, chunk -> Json.items(api.latestArticles(chunk, perModel), EntityArticlesDto.class));
    }

    /** Every claim of the articles, over as many pages as there are (pages of the largest size). */
    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<ClaimDto> claimsOfArticles(Collection<String> articleIds) {
        return fanOut.each(articleIds, this::claimsOfArticles);
    }

    private List<ClaimDto> claimsOfArticles(String articleIds) {
        List<ClaimDto> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            ClaimPageDto page = Json.as(api.claims(articleIds, CLAIMS_PAGE, offset), ClaimPageDto.class);
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    public Optional<ClaimDto> decide(String claimId, boolean accept, String note) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("note", note);
        return NotFound.empty(() -> Json.as(api.decide(claimId, accept ? "accept" : "reject", body), ClaimDto.class));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<LeaderboardDto> leaderboards(Collection<String> benchmarkIds, LocalDate asOf, String conditions) {
        return fanOut.each(benchmarkIds, chunk -> Json.items(api.leaderboards(chunk,
                asOf == null ? null : asOf.toString(), conditions), LeaderboardDto.class));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public Optional<HistoryDto> history(String benchmark, String conditions) {
        return NotFound.empty(() -> Json.as(api.history(benchmark, conditions), HistoryDto.class));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<ModelRanksDto> ranks(Collection<String> modelIds) {
        return fanOut.each(modelIds, chunk -> Json.items(api.ranks(chunk, null), ModelRanksDto.class));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public ComparisonDto compare(Collection<String> modelIds, LocalDate asOf) {
        return Json.as(api.compare(String.join(",", modelIds), asOf == null ? null : asOf.toString()), ComparisonDto.class);
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<TrendDto> trends(Collection<String> modelIds, String interval, LocalDate from, LocalDate to) {
        return fanOut.each(modelIds, chunk -> Json.items(api.trends(chunk, interval,
                from == null ? null : from.toString(), to == null ? null : to.toString()), TrendDto.class));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<MomentumDto> momentum(String window, LocalDate asOf, int limit) {
        return Json.items(api.momentum(window, asOf == null ? null : asOf.toString(), limit), MomentumDto.class);
    }

    /** Discovered models and families by id ({@code discovered:…}, {@code family:…}); unknown ids are absent. */
    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public List<DiscoveredDto> discoveredByIds(Collection<String> ids) {
        return fanOut.each(ids, chunk -> Json.items(api.discovered(chunk), DiscoveredDto.class));
    }

    /** The editors' queue: most-read names first; {@code kind} MODEL, FAMILY or null for both. */
    @Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
    public PageDto<DiscoveredDto> discoveredQueue(String kind, String after, int limit) {
        JsonNode page = api.discoveredQueue(kind, after, Math.min(limit, QUEUE_PAGE));
        return new PageDto<>(Json.items(page, DiscoveredDto.class), Json.text(page, "nextCursor"));
    }

    /** The name is no longer proposed and its mentions are removed; a write, never retried. */
    public void dismissDiscovered(String id) {
        api.dismissDiscovered(JsonNodeFactory.instance.objectNode().put("id", id));
    }
}
