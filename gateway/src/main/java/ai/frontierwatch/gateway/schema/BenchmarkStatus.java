package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a benchmark is in the catalogue. Every benchmark served today is; clients should expect more "
        + "values, as models have.")
public enum BenchmarkStatus {
    @Description("In the catalogue, with a UUID id") CONFIRMED
}
