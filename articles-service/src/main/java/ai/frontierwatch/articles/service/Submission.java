package ai.frontierwatch.articles.service;

import ai.frontierwatch.articles.parsing.ParsedDocument;

/** A parsed document and where it came from (a file name or path, kept as metadata only). */
public record Submission(ParsedDocument document, String origin) {
}
