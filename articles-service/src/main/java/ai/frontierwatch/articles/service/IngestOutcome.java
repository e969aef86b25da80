package ai.frontierwatch.articles.service;

import java.util.List;

/** One article of an ingested document: its id, title, what happened, and what was noticed. */
public record IngestOutcome(String id, String title, IngestStatus status, List<String> warnings) {
}
