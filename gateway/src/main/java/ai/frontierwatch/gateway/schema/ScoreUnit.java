package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Unit of a benchmark's scores.")
public enum ScoreUnit {
    PERCENT, ELO, SCORE, OTHER;

    static ScoreUnit of(String value) {
        return Enums.of(ScoreUnit.class, value, OTHER);
    }
}
