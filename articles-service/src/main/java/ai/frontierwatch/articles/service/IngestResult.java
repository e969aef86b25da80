package ai.frontierwatch.articles.service;

import java.util.List;

/** The outcome of one ingestion request. */
public record IngestResult(List<IngestOutcome> articles, List<String> warnings) {

    public boolean anyCreated() {
        return articles.stream().anyMatch(a -> a.status() == IngestStatus.CREATED);
    }
}
