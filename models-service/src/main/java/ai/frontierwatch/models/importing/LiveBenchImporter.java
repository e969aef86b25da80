package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.domain.Source;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.text.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A LiveBench release table (model, then one 0-100 score column per task). Each task is a benchmark
 * ("LiveBench <task>") whose category comes from the release's categories file; the release date, found
 * in the file name as on livebench.ai, is the measurement date. Empty cells are tasks not run.
 */
@ApplicationScoped
public class LiveBenchImporter implements FormatImporter {

    static final String URL = "https://livebench.ai/";
    private static final Map<String, String> CATEGORIES = Map.of(
            "reasoning", "REASONING", "coding", "CODING", "agentic coding", "AGENTIC", "mathematics", "MATH",
            "data analysis", "DATA_ANALYSIS", "language", "LANGUAGE", "if", "INSTRUCTION_FOLLOWING");

    private final ImportOps ops;

    public LiveBenchImporter(ImportOps ops) {
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.LIVEBENCH_TABLE;
    }

    /** The release date, which LiveBench carries only in its file names; reported when missing. */
    static LocalDate releaseDate(ParsedFile file, FileImport report) {
        LocalDate release = Numbers.dateInName(file.name());
        if (release == null) {
            report.error(1, "no release date (YYYY_MM_DD) in the file name");
        }
        return release;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) {
        LocalDate release = releaseDate(file, report);
        if (release == null) {
            return List.of();
        }
        Map<String, String> categories = ctx.liveBenchCategories.getOrDefault(release, Map.of());
        List<String> tasks = file.csv().header().subList(1, file.csv().header().size());
        String modelColumn = file.csv().header().get(0);
        List<PlannedRow> rows = new ArrayList<>();
        for (CsvTable.Row row : file.csv().rows()) {
            rows.add(new PlannedRow(report, row.line(), tally -> {
                String model = row.get(modelColumn);
                if (model.isEmpty()) {
                    throw new RowException("no model");
                }
                UUID modelId = ops.model(ctx, model, () -> new ModelInput(NameKeys.slugify(model), model, null,
                        List.of(), null, null, null, null, null, null, null), tally);
                List<String> bad = new ArrayList<>();
                for (String task : tasks) {
                    String cell = row.get(task);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    Double value = Numbers.parse(cell);
                    if (value == null || value < 0 || value > 100) {
                        bad.add(task + "='" + cell + "'");
                        continue;
                    }
                    String name = "LiveBench " + task;
                    Benchmark benchmark = ops.benchmark(ctx, List.of(name), () -> new BenchmarkInput(
                            NameKeys.slugify(name), name, List.of(), CATEGORIES.getOrDefault(
                                    categories.getOrDefault(task, "").toLowerCase(), null),
                            "SCORE", true, 0.0, 100.0), tally);
                    String quote = "LiveBench release " + release + " (" + file.name() + ", line " + row.line() + "): "
                            + model + " " + task + " = " + cell;
                    ops.record(new Measurement(modelId, benchmark, value, null, null, null, Conditions.NONE, release,
                            List.of(new Source(URL, null, quote, "THIRD_PARTY", "LiveBench", null))), tally);
                }
                if (!bad.isEmpty()) {
                    throw new RowException("not a score between 0 and 100: " + String.join(", ", bad));
                }
            }));
        }
        return rows;
    }
}
