package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What a benchmark measures.")
public enum BenchmarkCategory {
    @Description("Writing and repairing code, e.g. HumanEval, SWE-bench") CODING,
    @Description("Reasoning and hard questions, e.g. GPQA Diamond, ARC-AGI") REASONING,
    @Description("Mathematics, e.g. MATH-500, AIME") MATH,
    @Description("Knowledge across subjects, e.g. MMLU") KNOWLEDGE,
    @Description("Understanding images, charts or video, e.g. MMMU") MULTIMODAL,
    @Description("Multi-step tasks with tools or environments, e.g. Terminal-Bench, τ²-bench") AGENTIC,
    @Description("Human preference ratings, e.g. LMArena") PREFERENCE,
    @Description("Language understanding and translation, e.g. Belebele, FLORES-200") LANGUAGE,
    @Description("Truthfulness, bias and harm, e.g. TruthfulQA") SAFETY,
    @Description("Anything else: long context, instruction following, composite indexes…") OTHER;

    static BenchmarkCategory of(String value) {
        return Enums.of(BenchmarkCategory.class, value, OTHER);
    }
}
