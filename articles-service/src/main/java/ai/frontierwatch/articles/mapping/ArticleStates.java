package ai.frontierwatch.articles.mapping;

import ai.frontierwatch.articles.domain.Article;
import ai.frontierwatch.articles.parsing.ParsedTable;
import ai.frontierwatch.contracts.articles.ArticleState;
import java.util.List;

/** The event payload of an article: what consumers need to derive mentions, claims and trends. */
public final class ArticleStates {

    private ArticleStates() {
    }

    public static ArticleState of(Article a) {
        List<ArticleState.Table> tables = a.tables.stream()
                .map(t -> new ArticleState.Table(t.caption(), List.copyOf(t.header()),
                        t.rows().stream().map(List::copyOf).toList(), boldCells(t), t.notes()))
                .toList();
        return new ArticleState(a.id.toString(), a.title, a.canonicalUrl != null ? a.canonicalUrl : a.url, a.source,
                a.publishedAtWithOffset(), a.language, a.category, List.copyOf(a.tags), a.plainText, tables,
                a.contentHash);
    }

    /** The table's bold cells as the contract names them ({@code row} -1 is the header). */
    private static List<ArticleState.BoldCell> boldCells(ParsedTable t) {
        return t.bold() == null ? List.of()
                : t.bold().stream().map(b -> new ArticleState.BoldCell(b.row(), b.column())).toList();
    }
}
