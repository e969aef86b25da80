package ai.frontierwatch.insights.service;

import ai.frontierwatch.contracts.Aggregate;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.insights.claims.ClaimExtractor;
import ai.frontierwatch.insights.claims.ExtractedClaim;
import ai.frontierwatch.insights.claims.FamilyClaims;
import ai.frontierwatch.insights.claims.ShortNames;
import ai.frontierwatch.insights.events.InsightAnnouncer;
import ai.frontierwatch.insights.matching.ArticleText;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.MentionExtractor;
import ai.frontierwatch.insights.repository.DerivedStore;
import ai.frontierwatch.insights.repository.ProjectionStore;
import ai.frontierwatch.insights.repository.ResultStore;
import ai.frontierwatch.text.FoldedText;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies one catalogue or article event: updates the projections and re-derives what depends on them, in
 * one transaction with the event's id (idempotent). Derived state is a function of the current catalogue and
 * articles: a new article is matched against the catalogue, and a changed vendor, model or benchmark re-derives
 * every article that names it under its old or new names, so arrival order does not matter.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    private final ProjectionStore projections;
    private final ResultStore results;
    private final DerivedStore derived;
    private final CatalogueCache catalogue;
    private final MeterRegistry metrics;
    private final InsightAnnouncer announcer;

    public EventApplier(ProjectionStore projections, ResultStore results, DerivedStore derived, CatalogueCache catalogue,
            MeterRegistry metrics, InsightAnnouncer announcer) {
        this.projections = projections;
        this.results = results;
        this.derived = derived;
        this.catalogue = catalogue;
        this.metrics = metrics;
        this.announcer = announcer;
    }

    /** Applies a raw record; a record that is not a valid event is logged and skipped. */
    @Transactional
    public void apply(String json) {
        EventEnvelope event;
        try {
            event = EventCodec.fromJson(json);
        } catch (EventCodec.MalformedEventException e) {
            LOG.warnf("Skipping a record that is not a valid event: %s", e.getMessage());
            metrics.counter("insights.events.skipped").increment();
            return;
        }
        // Articles derive in parallel with each other (shared), never against a catalogue being changed (exclusive).
        if (!projections.lockAndMarkProcessed(event.id(), event.type().aggregate() == Aggregate.ARTICLE)) {
            return;
        }
        if (event.type().aggregate() == Aggregate.ARTICLE) {
            onArticle(event);
        } else {
            onCatalogue(event);
        }
        metrics.counter("insights.events.applied", "type", event.type().name()).increment();
    }

    private void onArticle(EventEnvelope event) {
        if (event.type() == EventType.ARTICLE_DELETED) {
            if (projections.upsertArticle(event, null, null, null, null, true).isPresent()) {
                derived.clear(event.aggregateId());
            }
            return;
        }
        ArticleState article = EventCodec.payload(event, ArticleState.class);
        projections.upsertArticle(event, article.title(), article.publishedAt(), article.language(), matchText(article),
                false).ifPresent(stored -> {
                    Catalogue current = catalogue.current(stored.catalogueRevision());
                    List<ExtractedClaim> claims = derive(event.aggregateId(), article, current, stored.fresh());
                    announcer.afterArticle(event.aggregateId(), article.publishedAt(), claims);
                });
    }

    private void onCatalogue(EventEnvelope event) {
        boolean deleted = event.type().name().endsWith("_DELETED");
        JsonNode payload = event.payload();
        boolean result = event.type().aggregate() == Aggregate.BENCHMARK_RESULT;
        // The names a vendor, model or benchmark had before (a result has none to re-link articles by).
        JsonNode before = result ? null : projections.lastPayload(event.aggregateId()).orElse(null);
        boolean applied = projections.upsertCatalogEntity(event, event.type().aggregate().name(),
                text(payload, "slug"), text(payload, "name"), deleted);
        if (!applied) {
            return;
        }
        if (result) {
            onResult(event, deleted);
            return;
        }
        projections.bumpCatalogueRevision();
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(nameKeys(before));
        keys.addAll(nameKeys(deleted ? null : payload));
        Set<String> affected = new LinkedHashSet<>(projections.articlesLinkedTo(event.aggregateId()));
        affected.addAll(projections.articlesContaining(keys));
        if (event.type().aggregate() == Aggregate.MODEL) {
            // Articles that named the model before the catalogue knew it: linked to a discovered model or a family.
            // Read from the payloads, not from a catalogue built for it: a bulk load builds none per model.
            Set<String> provisional = provisionalIds(before, deleted ? null : payload);
            for (String id : provisional) {
                affected.addAll(projections.articlesLinkedTo(id));
            }
        }
        affected.forEach(this::derive);
        if (!affected.isEmpty()) {
            LOG.debugf("%s %s re-linked %d articles", event.type(), event.aggregateId(), affected.size());
        }
        switch (event.type().aggregate()) {
            case BENCHMARK -> {
                // Its direction of "better" decides which result of each model is the best.
                results.refreshBest(event.aggregateId());
                announcer.afterBenchmark(event.aggregateId());
            }
            case MODEL -> announcer.afterModel(event.aggregateId());
            default -> {
                // vendors change no leader and no claim's status
            }
        }
    }

    /** Writes the result and the best results of the board keys it leaves and enters, then checks them. */
    private void onResult(EventEnvelope event, boolean deleted) {
        BenchmarkResultState state = deleted ? null : EventCodec.payload(event, BenchmarkResultState.class);
        ResultStore.Written written = deleted ? results.delete(event.aggregateId(), event.aggregateVersion())
                : results.upsert(state, event.aggregateVersion());
        if (!written.applied()) {
            return;
        }
        ResultStore.BoardKey now = deleted ? null : ResultStore.keyOf(state);
        // Any applied change may change a board as of some date, or a history, of the benchmarks it touches.
        List<String> touched = new ArrayList<>(2);
        if (written.before() != null) {
            touched.add(written.before().benchmarkId());
        }
        if (now != null) {
            touched.add(now.benchmarkId());
        }
        results.touchBoards(touched);
        if (written.before() != null && !written.before().equals(now)) {
            results.refreshBest(written.before());
        }
        if (now != null) {
            results.refreshBest(now);
        }
        // A family's score may now match exactly one member's record (FamilyClaims): derive such articles again.
        for (ResultStore.BoardKey key : java.util.Arrays.asList(written.before(), now)) {
            if (key != null) {
                Set<String> families = projections.model(key.modelId())
                        .map(m -> Catalogue.familyIdsFor(m.name(), m.aliases())).orElse(Set.of());
                projections.articlesWithFamilyClaims(families, key.benchmarkId()).forEach(this::derive);
            }
        }
        announcer.afterResult(event.aggregateId(), written.before(), now);
    }

    /** Recomputes an article's mentions and claims from its current state and the current catalogue. */
    void derive(String articleId) {
        ArticleState article = projections.article(articleId).orElse(null);
        if (article == null) {
            derived.clear(articleId);
            return;
        }
        derive(articleId, article, catalogue.current(), false);
    }

    /** Replaces the article's mentions and claims ({@code fresh}: it has none yet); returns the claims as extracted. */
    private List<ExtractedClaim> derive(String articleId, ArticleState article, Catalogue current, boolean fresh) {
        ArticleText text = ArticleText.of(current, article.title(), article.plainText());
        List<ExtractedClaim> claims = FamilyClaims.attach(current, ClaimExtractor.extract(current, article, text),
                article.publishedAt(), (models, benchmark) -> results.ofModelsOnBenchmarks(models, List.of(benchmark)));
        derived.replace(articleId, article.publishedAt(), MentionExtractor.extract(text, ShortNames.bodyHits(text)), claims, fresh);
        return claims;
    }

    /** The article's title, body and table cells, folded and compacted like catalogue name keys. */
    static String matchText(ArticleState article) {
        StringBuilder text = new StringBuilder();
        text.append(article.title() == null ? "" : article.title()).append('\n');
        text.append(article.plainText() == null ? "" : article.plainText()).append('\n');
        if (article.tables() != null) {
            for (ArticleState.Table t : article.tables()) {
                List<String> cells = new ArrayList<>();
                if (t.caption() != null) {
                    cells.add(t.caption());
                }
                if (t.header() != null) {
                    cells.addAll(t.header());
                }
                if (t.rows() != null) {
                    t.rows().forEach(cells::addAll);
                }
                text.append(cells.stream().filter(c -> c != null).collect(Collectors.joining("\n"))).append('\n');
            }
        }
        return FoldedText.of(text.toString()).compactString();
    }

    private static Set<String> provisionalIds(JsonNode... payloads) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode payload : payloads) {
            if (payload != null) {
                List<String> aliases = new ArrayList<>();
                payload.path("aliases").forEach(a -> aliases.add(a.asText()));
                ids.addAll(Catalogue.discoveredIdsFor(text(payload, "name"), aliases));
                ids.addAll(Catalogue.familyIdsFor(text(payload, "name"), aliases));
            }
        }
        return ids;
    }

    private static Set<String> nameKeys(JsonNode payload) {
        Set<String> keys = new LinkedHashSet<>();
        if (payload == null) {
            return keys;
        }
        List<String> aliases = new ArrayList<>();
        payload.path("aliases").forEach(a -> aliases.add(a.asText()));
        for (String name : Catalogue.names(text(payload, "name"), aliases)) {
            String key = FoldedText.key(name);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
