package ai.frontierwatch.insights.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Records results in models-service. Bounded in time, retried on transient failures (recording the same
 * result twice is harmless: models-service answers 200 with the existing result), and cut off when
 * models-service keeps failing. A 404 (unknown model or benchmark) is an answer, not a failure: empty.
 */
@ApplicationScoped
public class ModelsClient {

    /** A result models-service holds after the call. */
    public record RecordedResult(String id) {
    }

    /** models-service refused the request (4xx other than 404). */
    public static class RejectedException extends RuntimeException {
        private final int status;

        public RejectedException(int status, String detail) {
            super(detail);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final ModelsApi api;

    public ModelsClient(@RestClient ModelsApi api) {
        this.api = api;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = RejectedException.class)
    public Optional<RecordedResult> recordResult(RecordResultRequest request) {
        try (Response response = api.recordResult(request)) {
            return map(response);
        } catch (WebApplicationException e) {
            return map(e.getResponse());
        }
    }

    private static Optional<RecordedResult> map(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return Optional.empty();
        }
        if (status >= 400 && status < 500) {
            throw new RejectedException(status, response.hasEntity() ? response.readEntity(String.class) : "");
        }
        if (status >= 500) {
            throw new IllegalStateException("models-service answered " + status);
        }
        JsonNode body = response.readEntity(JsonNode.class);
        return Optional.of(new RecordedResult(body != null && body.hasNonNull("id") ? body.get("id").asText() : null));
    }
}
