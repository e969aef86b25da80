package ai.frontierwatch.insights.matching;

import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.domain.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Vendor and model mentions of an article (title and body), with positions and counts. */
public final class MentionExtractor {

    private MentionExtractor() {
    }

    public static List<Mention> extract(Catalogue catalogue, String title, String body) {
        return extract(ArticleText.of(catalogue, title, body));
    }

    public static List<Mention> extract(ArticleText text) {
        return extract(text, List.of());
    }

    /**
     * As {@link #extract(ArticleText)}, with names of the body read another way ({@code bodyOverrides}, e.g. a
     * short name "K2.5" standing for the document's "Kimi K2.5") in place of the hits they overlap.
     */
    public static List<Mention> extract(ArticleText text, List<NameHit> bodyOverrides) {
        Map<NameRef, List<Mention.Position>> found = new LinkedHashMap<>();
        collect("title", text.titleNames(), found);
        collect("body", overridden(text.bodyNames(), bodyOverrides), found);
        List<Mention> mentions = new ArrayList<>();
        found.forEach((ref, positions) -> mentions.add(
                new Mention(ref.kind(), ref.id(), positions.size(), List.copyOf(positions))));
        return mentions;
    }

    private static List<NameHit> overridden(List<NameHit> hits, List<NameHit> overrides) {
        if (overrides.isEmpty()) {
            return hits;
        }
        List<NameHit> out = new ArrayList<>(overrides);
        for (NameHit hit : hits) {
            if (overrides.stream().noneMatch(o -> o.start() < hit.end() && hit.start() < o.end())) {
                out.add(hit);
            }
        }
        out.sort(java.util.Comparator.comparingInt(NameHit::start));
        return out;
    }

    private static void collect(String field, List<NameHit> hits, Map<NameRef, List<Mention.Position>> into) {
        for (NameHit hit : hits) {
            for (EntityKind kind : List.of(EntityKind.MODEL, EntityKind.VENDOR)) {
                Catalogue.idOf(hit, kind).ifPresent(id -> into.computeIfAbsent(new NameRef(kind, id), r -> new ArrayList<>())
                        .add(new Mention.Position(field, hit.start(), hit.end(), hit.surface())));
            }
        }
    }
}
