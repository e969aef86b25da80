package ai.frontierwatch.insights.client;

import java.time.LocalDate;
import java.util.List;

/** Body of models-service's POST /api/v1/results: a result and where it came from. */
public record RecordResultRequest(String model, String benchmark, double value, List<String> conditions,
        LocalDate measuredOn, List<Source> sources) {

    /** An article as the source of a result. */
    public record Source(String articleId, String url, String quote, String reportedBy, String publisher) {
    }
}
