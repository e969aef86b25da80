package ai.frontierwatch.articles.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Model cards and READMEs with pipe and HTML tables, as published (skips when the shared documents are absent). */
class EvalTablesDocumentsTest {

    private static ParsedArticle parse(String prefix) {
        String shared = System.getProperty("fw.shared.dir");
        Path docs = shared == null ? null : Path.of(shared, "eval-tables", "docs");
        assumeTrue(docs != null && Files.isDirectory(docs),
                "Shared eval-tables documents not found (system property fw.shared.dir=" + shared + "): test skipped");
        try (Stream<Path> files = Files.list(docs)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            ParsedDocument doc = new DocumentParser().parse(DocumentText.decode(Files.readAllBytes(file), 5 << 20));
            assertThat(doc.articles()).hasSize(1);
            return doc.articles().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void llamaModelCardHtmlTablesHaveTheirHeadersRowsAndSections() {
        ParsedArticle a = parse("01-");
        assertThat(a.tables()).extracting(ParsedTable::caption).containsExactly("Model Information",
                "Hardware and Software", "Pre-trained models", "Instruction tuned models", "Model level fine tuning");
        List<String> columns = List.of("Category", "Benchmark", "# Shots", "Metric");
        ParsedTable pretrained = a.tables().get(2);
        assertThat(pretrained.header()).startsWith(columns.toArray(String[]::new))
                .endsWith("Llama 3.1 70B", "Llama 3.1 405B", "Llama 4 Scout", "Llama 4 Maverick");
        assertThat(pretrained.rows()).hasSize(7);
        assertThat(pretrained.rows().get(0))
                .containsExactly("Reasoning & Knowledge", "MMLU", "5", "macro_avg/acc_char", "79.3", "85.2", "79.6", "85.5");
        // "No multimodal support" spans the two text-only models
        assertThat(pretrained.rows().get(5)).containsExactly("Image", "ChartQA", "0", "relaxed_accuracy",
                "No multimodal support", "No multimodal support", "83.4", "85.3");
        ParsedTable instruct = a.tables().get(3);
        assertThat(instruct.header()).endsWith("Llama 3.3 70B", "Llama 3.1 405B", "Llama 4 Scout", "Llama 4 Maverick");
        assertThat(instruct.rows()).hasSize(11);
        assertThat(instruct.rows().get(9)).containsExactly("Long Context", "MTOB (half book) eng->kgv/kgv->eng", "-",
                "chrF", "Context window is 128K", "Context window is 128K", "42.2/36.6", "54.0/46.4");
        assertThat(instruct.notes()).isEqualTo("^reported numbers for MMMU Pro is the average of Standard and Vision tasks");
        // the model table's rowspan: both models were trained on the same data
        assertThat(a.tables().get(0).rows()).extracting(r -> r.get(1)).containsOnly(a.tables().get(0).rows().get(0).get(1));
        assertThat(a.plainText()).contains("Llama 4 Maverick, a 17 billion parameter model with 128 experts.")
                .doesNotContain("<td").doesNotContain("<table");
    }

    @Test
    void miniCpmSectionRowsAreExpandedAcrossTheModelColumns() {
        ParsedArticle a = parse("05-");
        assertThat(a.tables()).extracting(ParsedTable::caption).containsExactly("综合评测", "工具调用能力", "长文本能力");
        ParsedTable overall = a.tables().get(0);
        assertThat(overall.header()).containsExactly("评测集", "Qwen2-7B-Instruct", "GLM-4-9B-Chat", "Gemma2-9B-it",
                "Llama3.1-8B-Instruct", "GPT-3.5-Turbo-0125", "Phi-3.5-mini-Instruct(3.8B)", "MiniCPM3-4B");
        assertThat(overall.rows()).hasSize(22).allSatisfy(r -> assertThat(r).hasSize(8));
        for (int section : List.of(0, 5, 10, 14, 18, 20)) {
            assertThat(overall.rows().get(section)).containsOnly(overall.rows().get(section).get(0));
        }
        assertThat(overall.rows().get(0)).isEqualTo(Collections.nCopies(8, "英文能力"));
        assertThat(overall.rows().get(1)).containsExactly("MMLU", "70.5", "72.4", "72.6", "69.4", "69.2", "68.4", "67.2");
        assertThat(overall.rows().get(21)).containsExactly("平均分", "65.3", "65.0", "57.9", "60.8", "61.0", "57.2", "66.3");
        ParsedTable tools = a.tables().get(1);
        assertThat(tools.header()).containsExactly("模型", "总体准确率", "AST Summary", "Exec Summary",
                "Irrelevance Detection", "Relevance Detection");
        assertThat(tools.rows()).hasSize(6).first().isEqualTo(List.of("MiniCPM3-4B", "76.03%", "68.55%", "85.54%", "53.71%", "90.24%"));
        ParsedTable longContext = a.tables().get(2);
        assertThat(longContext.header()).startsWith("", "Context length", "Qwen2-70b");
        assertThat(longContext.rows()).hasSize(12);
    }

    @Test
    void hunyuanTablesNameTheirSubjectAndKeepBaseAndInstructHeaders() {
        ParsedArticle a = parse("02-");
        assertThat(a.tables()).hasSize(5);
        ParsedTable downloads = a.tables().get(0);
        assertThat(downloads.caption()).isEqualTo("Download Models");
        assertThat(downloads.header()).containsExactly("Models", "Huggingface Download URL", "Tencent Cloud Download URL");
        assertThat(downloads.rows()).extracting(r -> r.get(0))
                .containsExactly("Hunyuan-A52B-Instruct-FP8", "Hunyuan-A52B-Instruct", "Hunyuan-A52B-Pretrain");
        assertThat(a.tables().get(1).header()).containsExactly("Model", "LLama3.1-405B", "LLama3.1-70B", "Mixtral-8x22B",
                "DeepSeek-V2", "Hunyuan-Large");
        assertThat(a.tables().get(2).header()).containsExactly("Model", "LLama3.1 405B Inst.", "LLama3.1 70B Inst.",
                "Mixtral 8x22B Inst.", "DeepSeekV2.5 Chat", "Hunyuan-Large Inst.");
    }

    @Test
    void internLmBoldScoresKeepTheirThinkingModeMarkAndTheNoteUnderTheTable() {
        ParsedArticle a = parse("03-");
        ParsedTable scores = a.tables().stream().filter(t -> "性能".equals(t.caption())).findFirst().orElseThrow();
        assertThat(scores.header()).containsExactly("评测集\\模型", "", "InternLM3-8B-Instruct", "Qwen2.5-7B-Instruct",
                "Llama3.1-8B-Instruct", "GPT-4o-mini(close source)");
        int math500 = scores.rows().indexOf(List.of("MATH", "MATH-500(0-shot)", "83.0*", "72.4", "48.4", "74.0"));
        assertThat(math500).isEqualTo(7);
        assertThat(scores.bold()).contains(new ParsedTable.BoldCell(math500, 2));
        assertThat(scores.notes()).startsWith("以上评测结果基于 OpenCompass 获得(部分数据标注*代表使用深度思考模式进行评测)");
    }

    @Test
    void proseScoresAreSentencesOfThePlainText() {
        assertThat(parse("06-").plainText()).contains(
                "包括 SWE-bench（73.8%，+5.8%）、SWE-bench Multilingual（66.7%，+12.9%）和 Terminal Bench 2.0（41%，+16.5%）。");
        ParsedArticle qwq = parse("07-");
        assertThat(qwq.title()).isEqualTo("QwQ: Reflect Deeply on the Boundaries of the Unknown");
        assertThat(qwq.plainText()).contains("achieving impressive scores of 65.2% on GPQA")
                .doesNotContain("{{").doesNotContain("\r");
        assertThat(qwq.tables()).isEmpty();
    }
}
