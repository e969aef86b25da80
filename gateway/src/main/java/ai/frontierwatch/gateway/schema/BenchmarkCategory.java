package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What a benchmark measures.")
public enum BenchmarkCategory {
    CODING, REASONING, MATH, KNOWLEDGE, MULTIMODAL, AGENTIC, PREFERENCE, LANGUAGE, SAFETY, OTHER;

    static BenchmarkCategory of(String value) {
        return Enums.of(BenchmarkCategory.class, value, OTHER);
    }
}
