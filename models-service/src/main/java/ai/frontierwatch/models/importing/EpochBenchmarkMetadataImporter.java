package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Epoch's benchmark list (benchmark_optim.csv): names benchmarks and tells coding and math ones apart. */
@ApplicationScoped
public class EpochBenchmarkMetadataImporter implements FormatImporter {

    private final ImportOps ops;

    public EpochBenchmarkMetadataImporter(ImportOps ops) {
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.EPOCH_BENCHMARK_METADATA;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) {
        List<PlannedRow> rows = new ArrayList<>();
        for (CsvTable.Row row : file.csv().rows()) {
            rows.add(new PlannedRow(report, row.line(), tally -> {
                String name = row.get("benchmark");
                if (name.isEmpty()) {
                    throw new RowException("no benchmark name");
                }
                String category = "TRUE".equalsIgnoreCase(row.get("is_coding")) ? "CODING"
                        : "TRUE".equalsIgnoreCase(row.get("is_math")) ? "MATH" : null;
                BenchmarkInput input = new BenchmarkInput(NameKeys.slugify(name), name, List.of(name), category,
                        "SCORE", true, null, null);
                String shortName = name.replaceAll("(?i)\\s+bench$", "");
                boolean[] created = {false};
                Benchmark b = ops.benchmark(ctx, List.of(name, shortName), () -> {
                    created[0] = true;
                    return input;
                }, tally);
                if (!created[0]) {
                    ops.fillBenchmark(ctx, b, input, tally);
                }
            }));
        }
        return rows;
    }
}
