package ai.frontierwatch.insights.matching;

import ai.frontierwatch.text.FoldedText;
import java.util.List;

/**
 * An article's title and body folded once, with the model and vendor names found in each: what the mention and
 * claim extractors both read, so an article is folded and scanned once however many extractors look at it.
 */
public final class ArticleText {

    private final String title;
    private final String body;
    private final FoldedText foldedBody;
    private final List<NameHit> titleNames;
    private final List<NameHit> bodyNames;

    private ArticleText(Catalogue catalogue, String title, String body) {
        this.title = title;
        this.body = body;
        this.foldedBody = FoldedText.of(body);
        this.titleNames = title == null || title.isEmpty() ? List.of() : catalogue.findNames(FoldedText.of(title));
        List<NameHit> names = body == null || body.isEmpty() ? List.of() : catalogue.findNames(foldedBody);
        this.bodyNames = names.isEmpty() ? names : WishedNames.without(body,
                ai.frontierwatch.insights.claims.ShortNames.withSiblings(catalogue, title, body, titleNames, names));
    }

    public static ArticleText of(Catalogue catalogue, String title, String body) {
        return new ArticleText(catalogue, title, body);
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public FoldedText foldedBody() {
        return foldedBody;
    }

    /** Model and vendor names in the title. */
    public List<NameHit> titleNames() {
        return titleNames;
    }

    /** Model and vendor names in the body. */
    public List<NameHit> bodyNames() {
        return bodyNames;
    }
}
