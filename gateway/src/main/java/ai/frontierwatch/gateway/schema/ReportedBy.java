package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Who reported a number: the model's vendor, or someone else.")
public enum ReportedBy {
    FIRST_PARTY, THIRD_PARTY;

    static ReportedBy of(String value) {
        return Enums.of(ReportedBy.class, value, THIRD_PARTY);
    }
}
