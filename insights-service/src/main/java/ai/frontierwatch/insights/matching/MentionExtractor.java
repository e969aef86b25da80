package ai.frontierwatch.insights.matching;

import ai.frontierwatch.contracts.articles.ArticleState;
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
        return extract(text, null, List.of());
    }

    /**
     * As {@link #extract(ArticleText)}, also reading table cells (a model often appears only as a column header);
     * a cell's positions are in field "t{table}r{row}c{column}" (row -1: the header), offsets within the cell.
     */
    public static List<Mention> extract(ArticleText text, Catalogue catalogue, List<ArticleState.Table> tables) {
        Map<NameRef, List<Mention.Position>> found = new LinkedHashMap<>();
        collect("title", text.titleNames(), found);
        collect("body", text.bodyNames(), found);
        for (int t = 0; catalogue != null && tables != null && t < tables.size(); t++) {
            ArticleState.Table table = tables.get(t);
            cells(catalogue, "t" + t + "r-1c", table.header(), found);
            List<List<String>> rows = table.rows() == null ? List.of() : table.rows();
            for (int r = 0; r < rows.size(); r++) {
                cells(catalogue, "t" + t + "r" + r + "c", rows.get(r), found);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        found.forEach((ref, positions) -> mentions.add(
                new Mention(ref.kind(), ref.id(), positions.size(), List.copyOf(positions))));
        return mentions;
    }

    private static void cells(Catalogue catalogue, String prefix, List<String> cells,
            Map<NameRef, List<Mention.Position>> into) {
        for (int c = 0; cells != null && c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell != null && cell.chars().anyMatch(Character::isLetter)) {
                collect(prefix + c, catalogue.findNames(FoldedText.of(cell)), into);
            }
        }
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
