package ai.frontierwatch.gateway.client;

import ai.frontierwatch.gateway.client.CatalogDtos.BenchmarkDto;
import ai.frontierwatch.gateway.client.CatalogDtos.ModelDto;
import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.client.CatalogDtos.ResultDto;
import ai.frontierwatch.gateway.client.CatalogDtos.VendorDto;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The gateway's view of models-service: reads are bounded in time, retried (they are idempotent) and
 * guarded by a circuit breaker; "not found" is an empty answer, not an error. A refusal (4xx) is the service's
 * verdict on the request, not a failure: the breaker does not count it. Batch methods take all ids of one query
 * level at once.
 */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 50, abortOn = WebApplicationException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class ModelsClient {

    public static final String SERVICE = "models-service";
    /** The largest page models-service serves. */
    static final int RESULTS_PAGE = 500;

    private final ModelsApi api;
    private final ChunkFanOut fanOut;

    public ModelsClient(@RestClient ModelsApi api, ChunkFanOut fanOut) {
        this.api = api;
        this.fanOut = fanOut;
    }

    public List<ModelDto> modelsByIds(Collection<String> ids) {
        return fanOut.each(ids, chunk -> Json.items(api.models(chunk, null, null, null, null, null, null, null), ModelDto.class));
    }

    /** A page of models in slug order: after a cursor, or (backward) before one or at the end ({@code before} null). */
    public PageDto<ModelDto> models(String vendor, String modality, Boolean openWeights, Window window) {
        JsonNode page = api.models(null, vendor, modality, openWeights, window.after(), window.before(),
                window.fromEnd() ? Boolean.TRUE : null, window.limit());
        return Json.page(page, ModelDto.class);
    }

    public Optional<ModelDto> model(String idOrSlug) {
        return NotFound.named(idOrSlug, () -> Json.as(api.model(idOrSlug), ModelDto.class));
    }

    public List<VendorDto> vendorsByIds(Collection<String> ids) {
        return fanOut.each(ids, chunk -> Json.items(api.vendors(chunk), VendorDto.class));
    }

    public Optional<VendorDto> vendor(String idOrSlug) {
        return NotFound.named(idOrSlug, () -> Json.as(api.vendor(idOrSlug), VendorDto.class));
    }

    public List<BenchmarkDto> benchmarksByIds(Collection<String> ids) {
        return fanOut.each(ids, chunk -> Json.items(api.benchmarks(chunk, null, null, null, null, null), BenchmarkDto.class));
    }

    /** A page of benchmarks in slug order, like {@link #models}. */
    public PageDto<BenchmarkDto> benchmarks(String category, Window window) {
        JsonNode page = api.benchmarks(null, category, window.after(), window.before(),
                window.fromEnd() ? Boolean.TRUE : null, window.limit());
        return Json.page(page, BenchmarkDto.class);
    }

    /** Which part of a slug-ordered listing to ask for; {@code after} and {@code before} are models-service cursors. */
    public record Window(String after, String before, boolean fromEnd, int limit) {
    }

    public Optional<BenchmarkDto> benchmark(String idOrSlug) {
        return NotFound.named(idOrSlug, () -> Json.as(api.benchmark(idOrSlug), BenchmarkDto.class));
    }

    public List<ResultDto> resultsOfModels(Collection<String> modelIds, LocalDate asOf) {
        return fanOut.each(modelIds, chunk -> allResults(chunk, null, asOf));
    }

    public List<ResultDto> resultsOfBenchmarks(Collection<String> benchmarkIds, LocalDate asOf) {
        return fanOut.each(benchmarkIds, chunk -> allResults(null, chunk, asOf));
    }

    /** Records a result (an editor's write); never retried, so it cannot be applied twice by the gateway. */
    @Retry(maxRetries = 0)
    public ResultDto recordResult(JsonNode body) {
        return Json.as(api.recordResult(body), ResultDto.class);
    }

    /** Creates a model ({@code slug}, {@code name}, {@code vendor} id or slug, {@code aliases}); never retried. */
    @Retry(maxRetries = 0)
    public ModelDto createModel(JsonNode body) {
        return Json.as(api.createModel(body), ModelDto.class);
    }

    @Retry(maxRetries = 0)
    public ModelDto addModelAliases(String model, List<String> aliases) {
        var body = Json.MAPPER.createObjectNode();
        body.set("aliases", Json.MAPPER.valueToTree(aliases));
        return Json.as(api.addModelAliases(model, body), ModelDto.class);
    }

    /** Every page of a results query: pages of the largest size, so calls grow with data, not with parents. */
    private List<ResultDto> allResults(String modelIds, String benchmarkIds, LocalDate asOf) {
        List<ResultDto> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.results(modelIds, benchmarkIds, asOf == null ? null : asOf.toString(), cursor,
                    RESULTS_PAGE);
            all.addAll(Json.items(page, ResultDto.class));
            cursor = Json.text(page, "nextCursor");
        } while (cursor != null);
        return all;
    }
}
