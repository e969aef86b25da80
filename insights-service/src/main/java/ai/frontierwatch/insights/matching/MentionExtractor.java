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
        Map<NameRef, List<Mention.Position>> found = new LinkedHashMap<>();
        collect("title", text.titleNames(), found);
        collect("body", text.bodyNames(), found);
        List<Mention> mentions = new ArrayList<>();
        found.forEach((ref, positions) -> mentions.add(
                new Mention(ref.kind(), ref.id(), positions.size(), List.copyOf(positions))));
        return mentions;
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
