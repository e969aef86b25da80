package ai.frontierwatch.articles.mapping;

import ai.frontierwatch.articles.domain.Article;
import ai.frontierwatch.contracts.articles.ArticleState;
import java.util.List;

/** The event payload of an article: what consumers need to derive mentions, claims and trends. */
public final class ArticleStates {

    private ArticleStates() {
    }

    public static ArticleState of(Article a) {
        List<ArticleState.Table> tables = a.tables.stream()
                .map(t -> new ArticleState.Table(t.caption(), List.copyOf(t.header()),
                        t.rows().stream().map(List::copyOf).toList()))
                .toList();
        return new ArticleState(a.id.toString(), a.title, a.canonicalUrl != null ? a.canonicalUrl : a.url, a.source,
                a.publishedAtWithOffset(), a.language, a.category, List.copyOf(a.tags), a.plainText, tables,
                a.contentHash);
    }
}
