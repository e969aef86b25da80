package ai.frontierwatch.articles.service;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.parsing.Dates;
import ai.frontierwatch.articles.parsing.DocumentParser;
import ai.frontierwatch.articles.parsing.DocumentRejectedException;
import ai.frontierwatch.articles.parsing.DocumentText;
import ai.frontierwatch.articles.parsing.ParsedArticle;
import ai.frontierwatch.articles.parsing.ParsedDocument;
import ai.frontierwatch.articles.parsing.PublishedDate;
import ai.frontierwatch.articles.parsing.TitleSource;
import ai.frontierwatch.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Ingestion: documents are decoded and parsed completely before anything is written, so a document
 * that cannot be read stores nothing; then {@link ArticleWriter} stores all its articles in one transaction.
 */
@ApplicationScoped
public class IngestionService {

    private final DocumentParser parser = new DocumentParser();
    private final ArticleWriter writer;
    private final ArticlesConfig config;

    public IngestionService(ArticleWriter writer, ArticlesConfig config) {
        this.writer = writer;
        this.config = config;
    }

    /** A raw Markdown or text document. */
    public IngestResult ingestDocument(byte[] body, String origin) {
        ParsedDocument document = read(() -> parser.parse(DocumentText.decode(body, config.maxDocumentBytes())), null);
        return writer.store(List.of(new Submission(document, origin)));
    }

    /** One article given as fields. */
    public IngestResult ingest(NewArticle article) {
        return writer.store(List.of(new Submission(read(() -> parseFields(article), null), null)));
    }

    /** Several articles given as fields: all are read first; one unreadable item rejects the whole batch. */
    public IngestResult ingestBatch(List<NewArticle> batch) {
        if (batch.size() > config.maxBatchSize()) {
            throw ProblemException.tooLarge("A batch holds at most " + config.maxBatchSize() + " articles, not "
                    + batch.size());
        }
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            NewArticle item = batch.get(i);
            submissions.add(new Submission(read(() -> parseFields(item), "Item " + i + ": "), null));
        }
        return writer.store(submissions);
    }

    private ParsedDocument parseFields(NewArticle a) {
        if (a.body() == null) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, "The body is missing");
        }
        int bytes = a.body().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxDocumentBytes()) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
                    "The body has " + bytes + " bytes; the limit is " + config.maxDocumentBytes());
        }
        ParsedDocument parsed = parser.parse(DocumentText.normalize(a.body()));
        List<ParsedArticle> out = new ArrayList<>();
        for (ParsedArticle p : parsed.articles()) {
            out.add(override(p, a, parsed.articles().size() == 1));
        }
        return new ParsedDocument(out, parsed.warnings());
    }

    /** Fields sent beside the body win over what the body says (the title only when the body is one article). */
    private static ParsedArticle override(ParsedArticle p, NewArticle a, boolean single) {
        List<String> warnings = new ArrayList<>(p.warnings());
        PublishedDate published = p.published();
        if (a.publishedAt() != null && !a.publishedAt().isBlank()) {
            var date = Dates.parse(a.publishedAt(), p.language());
            if (date.isPresent()) {
                published = date.get();
            } else {
                warnings.add("The date '" + a.publishedAt() + "' does not read as a date: the article is stored with "
                        + (published == null ? "its date unknown" : "the date its body gives"));
            }
        }
        boolean titled = single && a.title() != null && !a.title().isBlank();
        if (titled) {
            warnings.removeIf(w -> w.startsWith("The document has no title"));
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>(p.tags());
        if (a.tags() != null) {
            a.tags().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(tags::add);
        }
        return new ParsedArticle(titled ? a.title().strip() : p.title(), titled ? TitleSource.REQUEST : p.titleSource(),
                blankToNull(a.url()) != null ? a.url().strip() : p.url(),
                blankToNull(a.source()) != null ? a.source().strip() : p.source(),
                blankToNull(a.author()) != null ? a.author().strip() : p.author(), published, p.language(),
                blankToNull(a.category()) != null ? a.category().strip() : p.category(), List.copyOf(tags), p.summary(),
                p.keyPoints(), p.bodyMarkdown(), p.plainText(), p.tables(), p.links(), p.images(), p.metadata(), warnings);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private interface Reading {
        ParsedDocument read();
    }

    /** Unreadable documents become client errors (problem+json); nothing has been written yet. */
    private static ParsedDocument read(Reading reading, String prefix) {
        try {
            return reading.read();
        } catch (DocumentRejectedException e) {
            String detail = (prefix == null ? "" : prefix) + e.getMessage();
            throw switch (e.reason()) {
                case EMPTY -> new ProblemException(400, "urn:problem:empty-document", "Empty document", detail, null);
                case NOT_UTF8 -> new ProblemException(400, "urn:problem:not-utf8", "Document is not UTF-8", detail, null);
                case TOO_LARGE -> new ProblemException(413, "urn:problem:too-large", "Content too large", detail, null);
                case FRONT_MATTER_NOT_YAML -> new ProblemException(422, "urn:problem:front-matter",
                        "Front matter is not YAML", detail, null);
            };
        }
    }
}
