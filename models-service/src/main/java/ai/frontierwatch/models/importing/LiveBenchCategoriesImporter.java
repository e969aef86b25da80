package ai.frontierwatch.models.importing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A LiveBench categories file ({category: [task columns]}): lends the table of the same release the
 * category of each task. It writes nothing itself.
 */
@ApplicationScoped
public class LiveBenchCategoriesImporter implements FormatImporter {

    @Override
    public ImportFormat format() {
        return ImportFormat.LIVEBENCH_CATEGORIES;
    }

    @Override
    public List<PlannedRow> plan(ParsedFile file, FileImport report, ImportContext ctx) {
        LocalDate release = LiveBenchImporter.releaseDate(file, report);
        if (release == null) {
            return List.of();
        }
        Map<String, String> byTask = new HashMap<>();
        file.json().fields().forEachRemaining(category -> {
            for (JsonNode task : category.getValue()) {
                byTask.put(task.asText(), category.getKey());
            }
        });
        ctx.liveBenchCategories.put(release, byTask);
        return List.of();
    }
}
