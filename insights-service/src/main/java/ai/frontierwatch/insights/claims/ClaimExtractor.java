package ai.frontierwatch.insights.claims;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.insights.matching.ArticleText;
import ai.frontierwatch.insights.matching.Catalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark scores an article states, from its tables and its prose, resolved through the catalogue. Every
 * score is kept, also when its model or benchmark is not in the catalogue (the names as written are kept).
 * Tables: see {@link TableClaims}; prose: see {@link ProseClaims}.
 */
public final class ClaimExtractor {

    private ClaimExtractor() {
    }

    public static List<ExtractedClaim> extract(Catalogue catalogue, ArticleState article) {
        return extract(catalogue, article, ArticleText.of(catalogue, article.title(), article.plainText()));
    }

    /** As {@link #extract(Catalogue, ArticleState)}, reading the prose from {@code text} (already folded). */
    public static List<ExtractedClaim> extract(Catalogue catalogue, ArticleState article, ArticleText text) {
        List<ArticleState.Table> tables = article.tables() == null ? List.of() : article.tables();
        ShortNames shortNames = ShortNames.of(text);
        List<ExtractedClaim> claims = new ArrayList<>(TableClaims.read(catalogue, shortNames.expand(tables), article.plainText()));
        claims.addAll(ProseClaims.extract(catalogue, text, shortNames));
        return claims;
    }

    static boolean plausible(Catalogue catalogue, String benchmarkId, Score score) {
        if (benchmarkId == null) {
            return true;
        }
        BenchmarkState b = catalogue.benchmark(benchmarkId).orElse(null);
        if (b == null) {
            return true;
        }
        if ("PERCENT".equals(b.unit()) && score.value() > 100) {
            return false;
        }
        return (b.minValue() == null || score.value() >= b.minValue())
                && (b.maxValue() == null || score.value() <= b.maxValue());
    }

    static String unit(Catalogue catalogue, String benchmarkId, Score score) {
        if (score.percent()) {
            return "PERCENT";
        }
        return benchmarkId == null ? null : catalogue.benchmark(benchmarkId).map(BenchmarkState::unit).orElse(null);
    }
}
