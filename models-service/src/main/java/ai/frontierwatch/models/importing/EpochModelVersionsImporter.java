package ai.frontierwatch.models.importing;

import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.service.ModelService.ModelInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Epoch's model_versions.csv: one model per version id, with its display name, family and release date. */
@ApplicationScoped
public class EpochModelVersionsImporter implements FormatImporter {

    private final ImportOps ops;

    public EpochModelVersionsImporter(ImportOps ops) {
        this.ops = ops;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.EPOCH_MODEL_VERSIONS;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) {
        List<PlannedRow> rows = new ArrayList<>();
        for (CsvTable.Row row : file.csv().rows()) {
            rows.add(new PlannedRow(report, row.line(), tally -> {
                String id = row.get("id");
                if (id.isEmpty()) {
                    throw new RowException("no model version id");
                }
                String display = row.get("Unique display name");
                String name = display.isEmpty() ? id : display;
                List<String> aliases = name.equals(id) ? List.of() : List.of(id);
                String family = row.get("Model");
                ModelInput input = new ModelInput(NameKeys.slugify(id), name, null, aliases,
                        family.isEmpty() ? null : family, null, Numbers.date(row.get("Version release date")), null,
                        null, null, null);
                ops.upsertModel(ctx, id, input, tally);
            }));
        }
        return rows;
    }
}
