package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Who reported a number: the model's vendor, or someone else.")
public enum ReportedBy {
    @Description("The model's vendor (a model card, blog post or paper of its own)") FIRST_PARTY,
    @Description("Anyone else: a leaderboard, the benchmark's authors, the press, an editor") THIRD_PARTY;

    static ReportedBy of(String value) {
        return Enums.of(ReportedBy.class, value, THIRD_PARTY);
    }
}
