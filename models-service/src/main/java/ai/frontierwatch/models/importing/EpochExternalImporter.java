package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.text.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Epoch's compilations of third-party leaderboards (external_benchmark_*.csv). Their columns differ per
 * benchmark: the score is the first mostly-numeric column that is not an identifier, a count, a cost or an
 * uncertainty; "Shots", "Agent", "Scaffold" and "Tools" become conditions. The benchmark is named by the
 * dataset's file (the files carry no benchmark name) and resolved like any other name.
 */
@ApplicationScoped
public class EpochExternalImporter implements FormatImporter {

    private static final Pattern NOT_A_SCORE = Pattern.compile("^(id|uuid|name|model version|model|agent|tools|"
            + "scaffold|shots|source|source link.*|notes.*|organization|edit format|prompt|date added|trajectories|"
            + "paper|total tasks|total passes|ci_high|ci_low|votes|livebench version|.*standard error.*|.*\\bse\\b.*|"
            + ".*costs?\\b.*|.*\\(minutes\\)|win rate|milestones|automation|most complex item)$",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> CONDITION_COLUMNS = List.of("Shots", "Agent", "Scaffold", "Tools");
    private static final String PREFIX = "external_benchmark_";

    private final ImportOps ops;

    public EpochExternalImporter(ImportOps ops) {
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.EPOCH_EXTERNAL_BENCHMARK;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) {
        CsvTable csv = file.csv();
        String scoreColumn = scoreColumn(csv);
        if (scoreColumn == null) {
            report.error(1, "no numeric score column found");
            return List.of();
        }
        boolean percent = scoreColumn.contains("%") || scoreColumn.toLowerCase(Locale.ROOT).contains("percent")
                || csv.stream().anyMatch(r -> Numbers.isPercent(r.get(scoreColumn)));
        String stem = stem(file.name());
        String name = Arrays.stream(stem.split("[_\\s]+")).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
        List<String> names = List.of(name, name + " Bench");
        String linkColumn = csv.header().stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("source link"))
                .findFirst().orElse(null);
        List<PlannedRow> rows = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            rows.add(new PlannedRow(report, row.line(), tally -> {
                String version = row.get("Model version");
                if (version.isEmpty()) {
                    throw new RowException("no 'Model version'");
                }
                String cell = row.get(scoreColumn);
                Double value = Numbers.parse(cell);
                if (value == null) {
                    throw new RowException(cell.isEmpty() ? "no value in '" + scoreColumn + "'"
                            : "'" + scoreColumn + "' value '" + cell + "' is not a number");
                }
                UUID modelId = ops.model(ctx, version, () -> EpochSupport.bareModel(version), tally);
                Benchmark benchmark = ops.benchmark(ctx, names, () -> new BenchmarkInput(NameKeys.slugify(name), name,
                        List.of(), null, percent ? "PERCENT" : "SCORE", true, percent ? 0.0 : null,
                        percent ? 100.0 : null), tally);
                List<String> conditions = new ArrayList<>();
                for (String c : CONDITION_COLUMNS) {
                    String v = row.get(c);
                    if (!v.isEmpty()) {
                        conditions.add(c.equals("Shots") ? v + "-shot" : c.toLowerCase(Locale.ROOT) + "=" + v);
                    }
                }
                ops.record(new Measurement(modelId, benchmark, value, null, null, null, Conditions.key(conditions),
                        Numbers.date(row.get("Date added")),
                        List.of(EpochSupport.source(linkColumn == null ? null : row.get(linkColumn), row.get("Source"),
                                file.name(), row.line(), scoreColumn + " = " + cell))), tally);
            }));
        }
        return rows;
    }

    static String scoreColumn(CsvTable csv) {
        List<String> candidates = csv.header().stream().filter(h -> !NOT_A_SCORE.matcher(h.strip()).matches())
                .toList();
        // one pass over the rows counts every candidate column
        long[] filled = new long[candidates.size()];
        long[] numeric = new long[candidates.size()];
        for (CsvTable.Row r : csv.rows()) {
            for (int i = 0; i < candidates.size(); i++) {
                String v = r.get(candidates.get(i));
                filled[i] += v.isEmpty() ? 0 : 1;
                numeric[i] += Numbers.parse(v) != null ? 1 : 0;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (filled[i] > 0 && numeric[i] * 5 >= filled[i] * 4) {
                return candidates.get(i);
            }
        }
        return null;
    }

    private static String stem(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        return base.startsWith(PREFIX) ? base.substring(PREFIX.length()) : base;
    }
}
