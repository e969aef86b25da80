package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Unit of a benchmark's scores.")
public enum ScoreUnit {
    @Description("Percent, 0 to 100 (not a 0–1 fraction)") PERCENT,
    @Description("Elo-style rating from pairwise comparisons; only differences are meaningful") ELO,
    @Description("A score on the benchmark's own scale (see `minValue`, `maxValue`)") SCORE,
    @Description("Another unit, e.g. US dollars or minutes") OTHER;

    static ScoreUnit of(String value) {
        return Enums.of(ScoreUnit.class, value, OTHER);
    }
}
