package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.text.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Epoch's own evaluation runs (benchmarks_runs.csv). Scores are fractions and are stored as percentages;
 * the "±" of the Scores column is the standard error; the run's start date is the measurement date.
 */
@ApplicationScoped
public class EpochRunsImporter implements FormatImporter {

    private static final Pattern PLUS_MINUS = Pattern.compile("±\\s*([0-9.]+)");

    private final ImportOps ops;

    public EpochRunsImporter(ImportOps ops) {
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.EPOCH_BENCHMARK_RUNS;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) {
        List<PlannedRow> rows = new ArrayList<>();
        for (CsvTable.Row row : file.csv().rows()) {
            rows.add(new PlannedRow(report, row.line(), tally -> {
                String task = row.get("task");
                String model = row.get("model");
                if (task.isEmpty() || model.isEmpty()) {
                    throw new RowException("no task or model");
                }
                String status = row.get("Status");
                if (!status.isEmpty() && !status.equalsIgnoreCase("Success")) {
                    throw new RowException("run status is '" + status + "', not a result");
                }
                String best = row.get("Best score (across scorers)");
                Double fraction = Numbers.parse(best);
                if (fraction == null) {
                    throw new RowException("best score '" + best + "' is not a number");
                }
                UUID modelId = ops.model(ctx, model, () -> EpochSupport.bareModel(model), tally);
                Benchmark benchmark = ops.benchmark(ctx, List.of(task), () -> new BenchmarkInput(
                        NameKeys.slugify(task), task, List.of(), category(task), "PERCENT", true, 0.0, 100.0), tally);
                Matcher pm = PLUS_MINUS.matcher(row.get("Scores"));
                Double stderr = pm.find() ? Numbers.parse(pm.group(1)) : null;
                String quote = task + " / " + model + ": best score " + best
                        + (row.get("Scores").isEmpty() ? "" : " (" + row.get("Scores") + ")");
                ops.record(new Measurement(modelId, benchmark, percent(fraction, benchmark),
                        stderr == null ? null : percent(stderr, benchmark), null, null, Conditions.NONE,
                        Numbers.date(row.get("started_at")),
                        List.of(EpochSupport.source(row.get("log viewer"), EpochSupport.PUBLISHER, file.name(),
                                row.line(), quote))), tally);
            }));
        }
        return rows;
    }

    private static double percent(double fraction, Benchmark benchmark) {
        return "PERCENT".equals(benchmark.unit) ? Math.round(fraction * 100 * 1e6) / 1e6 : fraction;
    }

    private static String category(String task) {
        String t = task.toLowerCase(Locale.ROOT);
        if (t.contains("math") || t.contains("aime")) {
            return "MATH";
        }
        if (t.contains("swe") || t.contains("code")) {
            return "CODING";
        }
        return t.contains("gpqa") ? "REASONING" : "OTHER";
    }
}
