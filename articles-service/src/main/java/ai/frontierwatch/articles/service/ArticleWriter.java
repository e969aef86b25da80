package ai.frontierwatch.articles.service;

import ai.frontierwatch.articles.config.ArticlesConfig;
import ai.frontierwatch.articles.domain.Article;
import ai.frontierwatch.articles.mapping.ArticleStates;
import ai.frontierwatch.articles.parsing.Link;
import ai.frontierwatch.articles.parsing.ParsedArticle;
import ai.frontierwatch.articles.parsing.ParsedTable;
import ai.frontierwatch.articles.parsing.Urls;
import ai.frontierwatch.articles.repository.ArticleRepository;
import ai.frontierwatch.articles.search.SearchText;
import ai.frontierwatch.commons.outbox.EventTooLargeException;
import ai.frontierwatch.commons.outbox.Outbox;
import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleDeleted;
import ai.frontierwatch.text.TextFolding;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stores parsed articles and publishes their events in the same transaction. An article is the same
 * article when it has the same canonical URL, the same normalized content, or (without URLs that
 * disagree) the same title and publication instant; then it is updated if anything changed.
 */
@ApplicationScoped
public class ArticleWriter {

    private static final Logger LOG = Logger.getLogger(ArticleWriter.class);
    private static final int MAX_ORIGINS = 20;

    /**
     * What makes an article different from its stored self, compared to tell an update from a re-delivery.
     * The raw URL and Markdown are left out: other tracking parameters or re-wrapped lines are the same article
     * (the canonical URL and the normalized content hash stand for them).
     */
    private record Snapshot(String title, String titleSource, String canonicalUrl, String source,
            String author, Instant publishedAt, Integer offset, String precision, String language, String category,
            List<String> tags, String summary, List<String> keyPoints, List<ParsedTable> tables,
            List<Link> links, List<Link> images, String contentHash) {

        static Snapshot of(Article a) {
            return new Snapshot(a.title, a.titleSource, a.canonicalUrl, a.source, a.author, a.publishedAt,
                    a.publishedOffsetSeconds, a.datePrecision, a.language, a.category, List.copyOf(a.tags), a.summary,
                    List.copyOf(a.keyPoints), List.copyOf(a.tables), List.copyOf(a.links),
                    List.copyOf(a.images), a.contentHash);
        }
    }

    private final ArticleRepository articles;
    private final Outbox outbox;
    private final ArticlesConfig config;
    private final MeterRegistry metrics;

    public ArticleWriter(ArticleRepository articles, Outbox outbox, ArticlesConfig config, MeterRegistry metrics) {
        this.articles = articles;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
    }

    @Transactional
    public IngestResult store(List<Submission> submissions) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Submission submission : submissions) {
            warnings.addAll(submission.document().warnings());
            for (ParsedArticle parsed : submission.document().articles()) {
                IngestOutcome outcome = upsert(parsed, submission.origin());
                outcomes.add(outcome);
                outcome.warnings().forEach(w -> warnings.add(outcome.title() + ": " + w));
                metrics.counter("fw.articles.ingested", "status", outcome.status().name()).increment();
            }
        }
        return new IngestResult(outcomes, warnings);
    }

    private IngestOutcome upsert(ParsedArticle p, String origin) {
        List<String> warnings = new ArrayList<>(p.warnings());
        String canonical = Urls.canonical(p.url());
        if (p.url() != null && canonical == null) {
            warnings.add("The URL '" + p.url() + "' is not an absolute web address: it does not identify the article");
        }
        String hash = ContentHash.of(p.title(), p.plainText());
        String naturalKey = naturalKey(p);
        List<String> keys = new ArrayList<>(List.of("hash:" + hash));
        if (canonical != null) {
            keys.add("url:" + canonical);
        }
        if (naturalKey != null) {
            keys.add("key:" + naturalKey);
        }
        articles.lockKeys(keys);

        Optional<Article> byUrl = canonical == null ? Optional.empty() : articles.findByCanonicalUrl(canonical);
        if (byUrl.isPresent()) {
            return update(byUrl.get(), p, canonical, hash, naturalKey, origin, warnings, false);
        }
        Optional<Article> byHash = articles.findByContentHash(hash);
        if (byHash.isPresent()) {
            Article existing = byHash.get();
            String keepUrl = existing.canonicalUrl != null ? existing.canonicalUrl : canonical;
            if (canonical != null && existing.canonicalUrl != null && !canonical.equals(existing.canonicalUrl)) {
                warnings.add("Same content as article " + existing.id + ", already stored under " + existing.canonicalUrl);
            }
            String keepRawUrl = existing.canonicalUrl != null ? existing.url : p.url();
            return update(existing, withUrl(p, keepRawUrl), keepUrl, hash, naturalKey, origin, warnings, false);
        }
        Optional<Article> byKey = naturalKey == null ? Optional.empty() : articles.findByNaturalKey(naturalKey)
                .filter(a -> canonical == null || a.canonicalUrl == null);
        if (byKey.isPresent()) {
            Article existing = byKey.get();
            return update(existing, p, canonical != null ? canonical : existing.canonicalUrl, hash, naturalKey, origin,
                    warnings, true);
        }
        return create(p, canonical, hash, naturalKey, origin, warnings);
    }

    private IngestOutcome create(ParsedArticle p, String canonical, String hash, String naturalKey, String origin,
            List<String> warnings) {
        Article a = new Article();
        a.id = UUID.randomUUID();
        a.revision = 1;
        a.ingestedAt = Instant.now();
        apply(a, p, canonical, hash, naturalKey, warnings);
        a.metadata = metadata(p.metadata(), List.of(), origin);
        index(a);
        articles.persist(a);
        publishState(EventType.ARTICLE_PUBLISHED, a);
        LOG.debugf("Article %s created: %s", a.id, a.title);
        return new IngestOutcome(a.id.toString(), a.title, IngestStatus.CREATED, warnings);
    }

    private IngestOutcome update(Article existing, ParsedArticle p, String canonical, String hash, String naturalKey,
            String origin, List<String> warnings, boolean matchedByTitleAndDate) {
        @SuppressWarnings("unchecked")
        List<String> origins = existing.metadata.get("origins") instanceof List<?> l ? (List<String>) l : List.of();
        if (matchedByTitleAndDate && p.plainText().length() * 4 < existing.plainText.length()) {
            // A much shorter re-delivery of the same story (a stub, a teaser) must not erase the full text.
            warnings.add("Same title and date as article " + existing.id + ", whose text is much longer: the longer text is kept");
            existing.metadata = metadata(existing.metadata, origins, origin);
            return new IngestOutcome(existing.id.toString(), existing.title, IngestStatus.UNCHANGED, warnings);
        }
        Snapshot before = Snapshot.of(existing);
        Article candidate = new Article();
        apply(candidate, p, canonical, hash, naturalKey, warnings);
        if (Snapshot.of(candidate).equals(before)) {
            existing.metadata = metadata(existing.metadata, origins, origin);
            return new IngestOutcome(existing.id.toString(), existing.title, IngestStatus.UNCHANGED, warnings);
        }
        apply(existing, p, canonical, hash, naturalKey, warnings);
        existing.metadata = metadata(p.metadata(), origins, origin);
        existing.revision++;
        index(existing);
        publishState(EventType.ARTICLE_UPDATED, existing);
        LOG.debugf("Article %s updated to revision %d", existing.id, existing.revision);
        return new IngestOutcome(existing.id.toString(), existing.title, IngestStatus.UPDATED, warnings);
    }

    /**
     * Publishes the article's state; an article whose event Kafka would refuse (its text and tables travel in the
     * event) is refused here, before anything is committed, naming the limit.
     */
    private void publishState(EventType type, Article a) {
        try {
            outbox.publish(type, a.id.toString(), a.revision, ArticleStates.of(a));
        } catch (EventTooLargeException e) {
            throw new ProblemException(413, EventTooLargeException.TYPE, "Content too large", "The article '" + a.title
                    + "' is too large to publish: its event would take " + e.bytes() + " bytes and the limit is "
                    + e.limit() + " bytes (FW_KAFKA_MAX_REQUEST_BYTES); send it shorter or in parts", null);
        }
    }

    @Transactional
    public void delete(UUID id) {
        Article a = articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Article", id.toString()));
        outbox.publish(EventType.ARTICLE_DELETED, a.id.toString(), a.revision + 1, new ArticleDeleted(a.id.toString()));
        articles.delete(a);
        LOG.infof("Article %s deleted", id);
    }

    private static void apply(Article a, ParsedArticle p, String canonical, String hash, String naturalKey,
            List<String> warnings) {
        a.title = p.title();
        a.titleSource = p.titleSource().name();
        a.url = p.url();
        a.canonicalUrl = canonical;
        a.source = p.source();
        a.author = p.author();
        a.publishedAt = p.published() == null ? null : p.published().at().toInstant();
        a.publishedOffsetSeconds = p.published() == null ? null : p.published().at().getOffset().getTotalSeconds();
        a.datePrecision = p.published() == null ? null : p.published().precision().name();
        a.language = p.language();
        a.category = p.category();
        a.tags = new ArrayList<>(p.tags());
        a.summary = p.summary();
        a.keyPoints = new ArrayList<>(p.keyPoints());
        a.bodyMarkdown = p.bodyMarkdown();
        a.plainText = p.plainText();
        a.tables = new ArrayList<>(p.tables());
        a.links = new ArrayList<>(p.links());
        a.images = new ArrayList<>(p.images());
        a.warnings = new ArrayList<>(warnings);
        a.contentHash = hash;
        a.naturalKey = naturalKey;
        a.updatedAt = Instant.now();
    }

    private static Map<String, Object> metadata(Map<String, Object> base, List<String> origins, String origin) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        LinkedHashSet<String> all = new LinkedHashSet<>(origins);
        if (origin != null && !origin.isBlank() && all.size() < MAX_ORIGINS) {
            all.add(origin.strip());
        }
        if (!all.isEmpty()) {
            m.put("origins", List.copyOf(all));
        }
        return m;
    }

    /** The search terms the database turns into the article's weighted search vector. */
    private void index(Article a) {
        int max = config.searchableChars();
        String labels = String.join(" ", a.tags) + " " + (a.category == null ? "" : a.category) + " "
                + (a.source == null ? "" : a.source);
        String summary = (a.summary == null ? "" : a.summary) + "\n" + String.join("\n", a.keyPoints);
        a.searchTerms = String.join("\u001f", terms(a.title, max), terms(labels, max), terms(summary, max),
                terms(a.plainText, max));
    }

    private static String terms(String text, int max) {
        return SearchText.forIndex(text, max).replace('\u001f', ' ');
    }

    /**
     * The same story re-delivered without a URL and with other text (a stub, a teaser): same title, same
     * publication instant, same source and same summary. Title and date alone are not enough: daily
     * newsletters reuse titles such as "not much happened today", and feeds repeat timestamps.
     */
    private static String naturalKey(ParsedArticle p) {
        if (p.published() == null) {
            return null;
        }
        String summary = p.summary() == null ? "" : TextFolding.fold(p.summary());
        return TextFolding.fold(p.title()) + "|" + p.published().at().toInstant() + "|"
                + (p.source() == null ? "" : TextFolding.fold(p.source())) + "|"
                + ContentHash.of(null, summary).substring(7, 23);
    }

    private static ParsedArticle withUrl(ParsedArticle p, String url) {
        return new ParsedArticle(p.title(), p.titleSource(), url, p.source(), p.author(), p.published(), p.language(),
                p.category(), p.tags(), p.summary(), p.keyPoints(), p.bodyMarkdown(), p.plainText(), p.tables(),
                p.links(), p.images(), p.metadata(), p.warnings());
    }
}
