package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.client.ArticleDtos.ArticleDto;
import ai.frontierwatch.gateway.client.ArticleDtos.SearchDto;
import com.fasterxml.jackson.databind.JsonNode;
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

/** The gateway's view of articles-service; same guards as {@link ModelsClient}. */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class ArticlesClient {

    public static final String SERVICE = "articles-service";
    /** Below the whole operation's default bound (10 s), so that the mutation itself says what happened. */
    public static final long INGEST_TIMEOUT_SECONDS = 8;

    private final ArticlesApi api;
    private final ChunkFanOut fanOut;

    public ArticlesClient(@RestClient ArticlesApi api, ChunkFanOut fanOut) {
        this.api = api;
        this.fanOut = fanOut;
    }

    public Optional<ArticleDto> article(String id) {
        return NotFound.named(id, () -> Json.as(api.article(id), ArticleDto.class));
    }

    public List<ArticleDto> articlesByIds(Collection<String> ids) {
        return fanOut.each(ids, chunk -> Json.items(api.articles(chunk), ArticleDto.class));
    }

    /**
     * Ingests a document (an editor's write); never retried. Answers {articles: [{id, title, status}], warnings}. Given
     * {@link #INGEST_TIMEOUT_SECONDS}: parsing and storing the largest document the gateway reads takes far longer than
     * a read, and a write cut short leaves the caller unsure whether it was stored.
     */
    @Retry(maxRetries = 0)
    @Timeout(value = INGEST_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    public JsonNode ingest(String document, String origin) {
        return api.ingest(origin, document);
    }

    public SearchDto search(String query, String language, String category, String tag, String source, LocalDate from,
            LocalDate to, String after, int limit) {
        JsonNode answer = api.search(query, language, category, tag, source, from == null ? null : from.toString(),
                to == null ? null : to.toString(), after, limit);
        List<JsonNode> hits = new ArrayList<>();
        JsonNode array = answer.has("hits") ? answer.get("hits") : answer.get("items");
        if (array != null) {
            array.forEach(hits::add);
        }
        Long total = answer.hasNonNull("total") ? answer.get("total").asLong() : null;
        Boolean exact = answer.hasNonNull("exact") ? answer.get("exact").asBoolean() : null;
        Integer facetsCounted = answer.hasNonNull("facetsCounted") ? answer.get("facetsCounted").asInt() : null;
        return new SearchDto(hits, answer.get("facets"), Json.text(answer, "nextCursor"), total, exact, facetsCounted);
    }
}
