package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.Benchmark;
import ai.frontierwatch.models.service.BenchmarkService.BenchmarkInput;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import ai.frontierwatch.models.service.ResultService.Measurement;
import ai.frontierwatch.text.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Epoch Capabilities Index: gives models their organisation (vendor), release date and accessibility, and
 * records the ECI score where there is one.
 */
@ApplicationScoped
public class EpochIndexImporter implements FormatImporter {

    private final ImportOps ops;

    public EpochIndexImporter(ImportOps ops) {
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.EPOCH_CAPABILITIES_INDEX;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) {
        List<PlannedRow> rows = new ArrayList<>();
        for (CsvTable.Row row : file.csv().rows()) {
            rows.add(new PlannedRow(report, row.line(), tally -> {
                String version = row.get("Model version");
                if (version.isEmpty()) {
                    throw new RowException("no 'Model version'");
                }
                String organization = row.get("Organization").split(",")[0].strip();
                UUID vendorId = organization.isEmpty() ? null : ops.vendor(ctx, organization, tally);
                String access = row.get("Model accessibility").toLowerCase();
                Boolean open = access.isEmpty() ? null : access.startsWith("open weights");
                ModelInput known = new ModelInput(null, null, vendorId == null ? null : vendorId.toString(), List.of(),
                        null, null, Numbers.date(row.get("Release date")), open, null, null, null);
                UUID modelId = ops.model(ctx, version, () -> EpochSupport.bareModel(version), tally);
                ops.fillModel(modelId, known, tally);
                String score = row.get("ECI Score");
                if (!score.isEmpty()) {
                    Double value = Numbers.parse(score);
                    if (value == null) {
                        throw new RowException("ECI Score '" + score + "' is not a number");
                    }
                    Benchmark eci = ops.benchmark(ctx, List.of("Epoch Capabilities Index", "ECI"),
                            () -> new BenchmarkInput("epoch-capabilities-index", "Epoch Capabilities Index",
                                    List.of("ECI"), "OTHER", "SCORE", true, null, null), tally);
                    ops.record(new Measurement(modelId, eci, value, null, null, null, Conditions.NONE, null,
                            List.of(EpochSupport.source(null, EpochSupport.PUBLISHER, file.name(), row.line(),
                                    "ECI Score " + score))), tally);
                }
            }));
        }
        return rows;
    }
}
